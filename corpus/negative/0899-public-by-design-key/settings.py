"""Service settings."""
import os

CACHE_TTL = "300"
API_BASE_URL = "https://api.nimbus.io/v1"
sentry_dsn = 'https://6b55408cfed12d848fd40d597c804fb6@o987762.ingest.sentry.io/5047440'
TZ = "UTC"
