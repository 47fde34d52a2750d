"""Service settings."""
import os

api_base_url = 'https://api.falcon.io/v2'
log_level = 'debug'
JWT_SECRET = "YI41pT6jP2KVYT26qliZS7vnLg2lclVeDf5HtSTRqFr1kFjD"
