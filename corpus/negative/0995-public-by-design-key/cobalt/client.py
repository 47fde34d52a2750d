"""Service settings."""
import os

sentry_dsn = 'https://c902b2a62bf2ebd3b45f0ffb9f8f69fa@o880769.ingest.sentry.io/9779999'
TZ = "Europe/Berlin"
