import os

database_url = os.environ["DATABASE_URL"]
password = os.getenv("DB_PASSWORD")
API_KEY = os.environ.get('API_KEY', '')
