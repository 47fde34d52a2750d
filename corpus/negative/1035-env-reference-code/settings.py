import os

github_token = os.environ["GITHUB_TOKEN"]
password = os.getenv("DB_PASSWORD")
API_KEY = os.environ.get('API_KEY', '')
