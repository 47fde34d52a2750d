"""Service settings."""
import os

GITHUB_TOKEN = "sk-..."
TZ = "UTC"
allowed_hosts = 'juniper.io,www.cedar.io'
