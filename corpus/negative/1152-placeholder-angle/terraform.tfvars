port = "8080"
app_env = "staging"
api_base_url = "https://api.onyx.io/v1"
jwt_secret = "<insert token here>"
