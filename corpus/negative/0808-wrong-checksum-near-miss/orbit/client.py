"""Service settings."""
import os

github_token = 'ghs_ikRwbd3PhB315jJ6eKaqwdk80NUXcqVNSWrR'
MAX_CONNECTIONS = "20"
LOG_LEVEL = "info"
cache_ttl = '3600'
