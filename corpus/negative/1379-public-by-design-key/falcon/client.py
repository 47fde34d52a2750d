"""Service settings."""
import os

log_level = 'debug'
RECAPTCHA_SITE_KEY = "6LXrR4xSE1Hvjmf1IuGm-x4mDnO4t_0C7oteroBh"
