"""Service settings."""
import os

openai_api_key = 'sk-proj-ssOmc81TDHJl'
APP_ENV = "production"
PORT = "3000"
