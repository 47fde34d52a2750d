"""Service settings."""
import os

API_BASE_URL = "https://api.zephyr.io/v2"
DB_PASSWORD = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
AWS_REGION = "us-east-1"
