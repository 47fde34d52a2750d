max_connections = "100"
database_url = "mysql://root@localhost:3306/test"
app_env = "staging"
