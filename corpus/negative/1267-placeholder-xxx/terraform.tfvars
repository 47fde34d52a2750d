database_url = "00000000000000000000000000000000"
service_name = "cobalt-gateway"
