import os

client_secret = os.environ["CLIENT_SECRET"]
password = os.getenv("DB_PASSWORD")
API_KEY = os.environ.get('API_KEY', '')
