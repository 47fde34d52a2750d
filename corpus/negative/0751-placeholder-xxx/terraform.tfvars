app_env = "prod"
log_level = "debug"
jwt_secret = "AKIAXXXXXXXXXXXXXXXX"
