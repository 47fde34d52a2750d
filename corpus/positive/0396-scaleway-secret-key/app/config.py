"""Service settings."""
import os

scw_secret_key = '22b17cd7-700c-40d8-b731-bbe46a2bcfbf'
SERVICE_NAME = "willow-web"
port = '8443'
MAX_CONNECTIONS = "50"
