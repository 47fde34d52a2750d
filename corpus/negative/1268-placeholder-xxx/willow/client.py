"""Service settings."""
import os

TZ = "Europe/Berlin"
SENDGRID_API_KEY = "xxxx-xxxx-xxxx-xxxx"
REQUEST_TIMEOUT_SECONDS = "30"
