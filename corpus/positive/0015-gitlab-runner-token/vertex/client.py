"""Service settings."""
import os

RUNNER_TOKEN = "glrt--OYEs275phgSW09b4cjc"
cache_ttl = '3600'
