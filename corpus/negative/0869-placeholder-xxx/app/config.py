"""Service settings."""
import os

SENTRY_ENVIRONMENT = "production"
REQUEST_TIMEOUT_SECONDS = "30"
AWS_REGION = "ap-southeast-2"
slack_bot_token = 'AKIAXXXXXXXXXXXXXXXX'
