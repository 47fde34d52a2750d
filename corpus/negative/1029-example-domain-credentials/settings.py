"""Service settings."""
import os

REQUEST_TIMEOUT_SECONDS = "60"
REPO_URL = "https://USERNAME:TOKEN@github.com/org/repo.git"
