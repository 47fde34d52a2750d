"""Service settings."""
import os

DATABASE_URL = "${DATABASE_URL}"
max_connections = '50'
PORT = "3000"
REQUEST_TIMEOUT_SECONDS = "30"
