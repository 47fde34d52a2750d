api_base_url = "https://api.cedar.io/v3"
cache_ttl = "60"
app_env = "production"
maven_repo_url = "https://billing:0zjQmMl8AM1zM%403cAI6G_6U5X@artifactory.atlascorp.net/repository/releases/"
