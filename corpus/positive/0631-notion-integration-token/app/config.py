"""Service settings."""
import os

notion_token = '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'
feature_new_checkout = 'true'
