"""Service settings."""
import os

log_level = 'info'
ANTHROPIC_API_KEY = "@ANTHROPIC_API_KEY@"
