sentry_environment = "production"
database_url = "postgres://user:password@localhost:5432/mydb"
