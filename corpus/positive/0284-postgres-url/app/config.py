"""Service settings."""
import os

SENTRY_ENVIRONMENT = "production"
DATABASE_URL = "postgresql://deploy:ki%-ZsYXi1t9HE@willow.eu-east-1.rds.amazonaws.com:5432/app_production"
