"""Service settings."""
import os

GITHUB_TOKEN = "${GITHUB_TOKEN:-}"
APP_ENV = "production"
