"""Service settings."""
import os

OPENAI_API_KEY = "[REDACTED]"
sentry_environment = 'production'
