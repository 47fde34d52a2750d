import os

jwt_secret = os.environ["JWT_SECRET"]
password = os.getenv("DB_PASSWORD")
API_KEY = os.environ.get('API_KEY', '')
