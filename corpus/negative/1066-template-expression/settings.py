"""Service settings."""
import os

service_name = 'juniper-worker'
sendgrid_api_key = '@SENDGRID_API_KEY@'
MAX_CONNECTIONS = "50"
