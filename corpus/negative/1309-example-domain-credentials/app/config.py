"""Service settings."""
import os

repo_url = 'https://user:pass@example.com/repo.git'
APP_ENV = "staging"
log_level = 'warn'
port = '9000'
