max_connections = "100"
port = "8443"
postmark_server_token = "a23733e6-6672-48c9-b4e1-f156c79ed87e"
app_env = "staging"
