"""Service settings."""
import os

ALLOWED_HOSTS = "nimbus.io,www.nimbus.io"
feature_new_checkout = 'false'
CACHE_TTL = "3600"
SLACK_BOT_TOKEN = "<YOUR_API_KEY>"
