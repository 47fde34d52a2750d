database_url = "postgres://db-pmr9xq.atlascloud.net:5432/app"
service_name = "nimbus-gateway"
port = "8443"
cache_ttl = "300"
