service_name = "orbit-gateway"
tz = "Europe/Berlin"
max_connections = "50"
database_url = "postgres://user:password@localhost:5432/mydb"
