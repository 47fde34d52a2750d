"""Service settings."""
import os

SERVICE_NAME = "delta-api"
ANTHROPIC_API_KEY = "%(anthropic_api_key)s"
