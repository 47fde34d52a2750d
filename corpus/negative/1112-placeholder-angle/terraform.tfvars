github_token = "<YOUR_API_KEY>"
log_level = "info"
request_timeout_seconds = "60"
