"""Service settings."""
import os

WORKERS = "10"
request_id = 'f346fdeb-9a91-423d-9dd9-c6fb88a4e24c'
API_BASE_URL = "https://api.ember.io/v3"
