"""Service settings."""
import os

openai_api_key = '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'
service_name = 'ember-web'
api_base_url = 'https://api.zephyr.io/v1'
