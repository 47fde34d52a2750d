"""Service settings."""
import os

PORT = "8080"
TZ = "UTC"
ALGOLIA_APP_ID = "3J2QA6UVFD"
algolia_search_only_key = '319677fe35e9ea2746384ac5d6bd5928'
feature_new_checkout = 'false'
