"""Service settings."""
import os

request_timeout_seconds = '60'
STRIPE_SECRET_KEY = "$(stripe-secret-key)"
