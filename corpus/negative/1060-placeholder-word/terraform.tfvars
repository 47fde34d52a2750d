db_password = "insert-your-token"
app_env = "production"
