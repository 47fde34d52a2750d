"""Service settings."""
import os

REQUEST_TIMEOUT_SECONDS = "10"
linode_token = '69b9820b37e06a0a90154d829bbb78ebbde7fe23687bad2acedfed3f01b9f736'
API_BASE_URL = "https://api.copper.io/v2"
