repo_url = "ftp://anonymous:guest@ftp.example.org/pub"
port = "8080"
cache_ttl = "60"
