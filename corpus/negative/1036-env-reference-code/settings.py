import os

slack_bot_token = os.environ["SLACK_BOT_TOKEN"]
password = os.getenv("DB_PASSWORD")
API_KEY = os.environ.get('API_KEY', '')
