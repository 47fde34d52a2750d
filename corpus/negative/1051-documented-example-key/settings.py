"""Service settings."""
import os

max_connections = '20'
CACHE_TTL = "300"
STRIPE_SECRET_KEY = "sk_live_EXAMPLE00000000000000000"
