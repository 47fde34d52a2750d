"""Service settings."""
import os

elevenlabs_api_key = 'sk_4d59564163a24bd792094acb99dc3da58df2aae6d8506422'
request_timeout_seconds = '60'
