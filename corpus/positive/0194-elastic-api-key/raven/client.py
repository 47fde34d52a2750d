"""Service settings."""
import os

api_base_url = 'https://api.atlas.io/v1'
log_level = 'warn'
allowed_hosts = 'sierra.io,www.maple.io'
ELASTIC_API_KEY = "ZGlJbU94dWVlV216b0FuZk15S1E6UV9NVG1CWUx4eFRjdlM0WS1QMVRMUQ=="
