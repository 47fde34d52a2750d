figma_token = "figd_97-DfQgC7DzVmJ8b2H0BdfuPOx-kvKG9EantZ6oh"
max_connections = "20"
request_timeout_seconds = "60"
