"""Service settings."""
import os

CACHE_TTL = "60"
max_connections = '20'
WORKERS = "5"
ANTHROPIC_API_KEY = "set-me-in-vault"
