launchdarkly_access_token = "api-4b513cf3-0225-4976-a06a-062ff5521e80"
workers = "16"
max_connections = "20"
