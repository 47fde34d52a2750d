mistral_api_key = "SInL7cufigKl8qOpVY3zZILfEB3B8FNr"
log_level = "info"
workers = "9"
