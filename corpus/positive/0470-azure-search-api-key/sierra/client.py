"""Service settings."""
import os

request_timeout_seconds = '30'
FEATURE_NEW_CHECKOUT = "true"
azure_search_admin_key = 'CMcXVYrUvk0jDCuox85eCrcH1mBClF1hmaHDjLAfQOzZAviOyuAO'
