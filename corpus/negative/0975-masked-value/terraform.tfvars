request_timeout_seconds = "60"
port = "9000"
database_url = "••••••••"
