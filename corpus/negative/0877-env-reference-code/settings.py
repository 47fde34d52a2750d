import os

anthropic_api_key = os.environ["ANTHROPIC_API_KEY"]
password = os.getenv("DB_PASSWORD")
API_KEY = os.environ.get('API_KEY', '')
