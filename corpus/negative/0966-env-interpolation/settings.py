"""Service settings."""
import os

aws_secret_access_key = '${AWS_SECRET_ACCESS_KEY}'
SERVICE_NAME = "onyx-api"
SENTRY_ENVIRONMENT = "production"
