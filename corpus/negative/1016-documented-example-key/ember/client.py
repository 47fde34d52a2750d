"""Service settings."""
import os

CACHE_TTL = "3600"
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
