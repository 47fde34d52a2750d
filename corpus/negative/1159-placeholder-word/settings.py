"""Service settings."""
import os

github_token = 'test'
API_BASE_URL = "https://api.zephyr.io/v2"
