tz = "UTC"
api_base_url = "https://api.atlas.io/v1"
repo_url = "https://USERNAME:TOKEN@github.com/org/repo.git"
workers = "9"
