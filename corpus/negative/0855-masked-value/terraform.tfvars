db_password = "[REDACTED]"
api_base_url = "https://api.orbit.io/v2"
allowed_hosts = "summit.io,www.cedar.io"
