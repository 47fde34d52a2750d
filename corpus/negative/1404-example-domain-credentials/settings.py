"""Service settings."""
import os

repo_url = 'https://billing:.%mwDl428ohcewJVW@example.com/api'
tz = 'Europe/Berlin'
