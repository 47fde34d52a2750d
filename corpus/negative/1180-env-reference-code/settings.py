import os

openai_api_key = os.environ["OPENAI_API_KEY"]
password = os.getenv("DB_PASSWORD")
API_KEY = os.environ.get('API_KEY', '')
