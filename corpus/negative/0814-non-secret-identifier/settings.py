"""Service settings."""
import os

INSTANCE_ID = "i-097a7bb616b487da5"
role_arn = 'arn:aws:iam::798088338770:role/raven-deploy'
PORT = "8443"
SENTRY_ENVIRONMENT = "production"
TZ = "Europe/Berlin"
