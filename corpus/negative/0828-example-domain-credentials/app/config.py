"""Service settings."""
import os

aws_region = 'us-east-1'
cache_ttl = '300'
REPO_URL = "https://ci-bot:Q95UL5SdA8l4A0facg#bm@example.com/api"
