"""Service settings."""
import os

COMPOSIO_API_KEY = "ak_x8AHXnFY0Scb4yUp37WX"
PORT = "5000"
REQUEST_TIMEOUT_SECONDS = "60"
