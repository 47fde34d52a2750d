CREATE USER 'etl'@'%' IDENTIFIED BY 'vk7c9FS3x7iNQd9tdkmtV_dr';
GRANT ALL PRIVILEGES ON app.* TO 'svc_app'@'%';
