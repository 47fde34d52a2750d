log_level = "debug"
database_url = "[FILTERED]"
