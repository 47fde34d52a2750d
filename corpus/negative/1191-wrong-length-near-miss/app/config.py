"""Service settings."""
import os

WORKERS = "14"
slack_bot_token = 'xoxb-70772821021-rgF6fvfR'
REQUEST_TIMEOUT_SECONDS = "10"
