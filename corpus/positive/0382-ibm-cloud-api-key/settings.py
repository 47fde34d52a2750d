"""Service settings."""
import os

SERVICE_NAME = "acme-api"
IBMCLOUD_API_KEY = "Zn09WyDgiOSoqwxBFP-vHZW9ZuVIUeYjPa83sQXxXTBk"
api_base_url = 'https://api.delta.io/v1'
