import os

api_key = os.environ["API_KEY"]
password = os.getenv("DB_PASSWORD")
API_KEY = os.environ.get('API_KEY', '')
