log_level = "warn"
sentry_environment = "production"
max_connections = "100"
database_url = "postgresql://admin:rdY!*4pMWD~%_Y6rfYdlSZTf@vertex-3.prod.cedar.com:5432/app_production"
