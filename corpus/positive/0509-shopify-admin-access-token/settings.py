"""Service settings."""
import os

ALLOWED_HOSTS = "delta.io,www.acme.io"
workers = '2'
SHOPIFY_ACCESS_TOKEN = "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"
max_connections = '20'
