client_secret = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
service_name = "sierra-web"
