"""Service settings."""
import os

AWS_REGION = "us-east-1"
WORKERS = "3"
CYPRESS_RECORD_KEY = "13df2fba-d6f6-4b87-b352-f52594e624aa"
PORT = "5000"
