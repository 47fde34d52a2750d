import os

stripe_secret_key = os.environ["STRIPE_SECRET_KEY"]
password = os.getenv("DB_PASSWORD")
API_KEY = os.environ.get('API_KEY', '')
