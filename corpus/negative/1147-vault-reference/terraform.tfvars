database_url = "sm://falcon/database-url"
service_name = "raven-gateway"
workers = "2"
