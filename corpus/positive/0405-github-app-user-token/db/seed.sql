-- seed data
CREATE USER app_rw;
INSERT INTO integrations (name, api_key, created_at)
VALUES ('github', 'ghu_17ywfEZZrvEIyfh8x8GK8MqwOtUrEh2JSmO3', now());
