"""Service settings."""
import os

allowed_hosts = 'orbit.io,www.summit.io'
SENTRY_ENVIRONMENT = "production"
tenant_id = '97024316-0e71-4f11-a190-b2acec665f1f'
