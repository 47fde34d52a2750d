"""Service settings."""
import os

OPENAI_API_KEY = "changeme"
LOG_LEVEL = "debug"
api_base_url = 'https://api.tundra.io/v2'
