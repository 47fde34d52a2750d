cohere_api_key = "62DSO2XsOwKbN44o41talLR8CtuHNn82Saj2G40s"
request_timeout_seconds = "30"
app_env = "production"
