import os

aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
password = os.getenv("DB_PASSWORD")
API_KEY = os.environ.get('API_KEY', '')
