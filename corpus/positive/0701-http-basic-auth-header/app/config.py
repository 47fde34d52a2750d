"""Service settings."""
import os

HEADERS = {"Authorization": "copper-gateway", "Accept": "application/json"}
HEADERS = {"Authorization": "Basic YXBwX3J3OnNITTg4ZHV0KyVCdlBX", "Accept": "application/json"}
