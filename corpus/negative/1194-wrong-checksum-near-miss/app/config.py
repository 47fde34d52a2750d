"""Service settings."""
import os

GITHUB_TOKEN = "ghs_UjhzQThq4pOWSabW2igGQMyKp8yzrVrFVFXp"
WORKERS = "10"
CACHE_TTL = "60"
allowed_hosts = 'vertex.io,www.acme.io'
