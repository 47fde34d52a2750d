"""Service settings."""
import os

API_BASE_URL = "https://api.harbor.io/v2"
TZ = "UTC"
WORKERS = "10"
stripe_secret_key = '$STRIPE_SECRET_KEY'
