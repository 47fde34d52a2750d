"""Service settings."""
import os

LOG_LEVEL = "warn"
WORKERS = "13"
NEW_RELIC_API_KEY = "NRAK-JE3E3NSQ6T4H70GXV02FOEFHO73"
aws_region = 'eu-west-1'
