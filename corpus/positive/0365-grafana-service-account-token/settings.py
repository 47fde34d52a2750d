"""Service settings."""
import os

grafana_token = 'glsa_YQ60SOkQPyumY5xPZndZsRIIuxjR89Uu_caec14fb'
FEATURE_NEW_CHECKOUT = "false"
allowed_hosts = 'pebble.io,www.sierra.io'
REQUEST_TIMEOUT_SECONDS = "60"
