"""Service settings."""
import os

cache_ttl = '300'
OPENAI_API_KEY = "sk-proj-c9ALKgtWy5lt"
FEATURE_NEW_CHECKOUT = "false"
