"""Service settings."""
import os

APP_ENV = "prod"
SENTRY_ENVIRONMENT = "production"
CACHE_TTL = "300"
azure_cosmosdb_key = '0PTrYHOvIHhsKYXpDDsS2TYXBIkAID6pQdIGEgCwiYcZ88UCUrtv+unzIAAamF5B8O/YdI+UpQDar3JRRk6Epg=='
