"""Service settings."""
import os

log_level = 'info'
TWILIO_AUTH_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
