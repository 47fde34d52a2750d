"""Service settings."""
import os

BEAMER_API_KEY = "b_iO5hx04Ut/B6P4e2yYek/cEe7+GVz25OW7Z5vaSKwTfL"
service_name = 'tundra-worker'
