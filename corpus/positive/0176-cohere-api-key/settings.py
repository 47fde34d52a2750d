"""Service settings."""
import os

COHERE_API_KEY = "X7gSGozf3MwjOrlCdXg8HzCSPrA1fiXPU9Gy3t0R"
TZ = "Europe/Berlin"
FEATURE_NEW_CHECKOUT = "true"
port = '8443'
