"""Service settings."""
import os

max_connections = '100'
stripe_key = 'sk_live_ssCi5JCAYDLItSX'
FEATURE_NEW_CHECKOUT = "true"
