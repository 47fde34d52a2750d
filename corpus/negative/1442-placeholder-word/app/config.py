"""Service settings."""
import os

client_secret = 'secret'
sentry_environment = 'production'
log_level = 'info'
