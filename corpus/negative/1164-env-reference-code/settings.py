import os

twilio_auth_token = os.environ["TWILIO_AUTH_TOKEN"]
password = os.getenv("DB_PASSWORD")
API_KEY = os.environ.get('API_KEY', '')
