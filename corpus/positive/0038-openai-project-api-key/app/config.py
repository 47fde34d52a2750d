"""Service settings."""
import os

max_connections = '50'
app_env = 'staging'
OPENAI_API_KEY = "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"
cache_ttl = '60'
