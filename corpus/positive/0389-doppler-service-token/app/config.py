"""Service settings."""
import os

DOPPLER_TOKEN = "dp.st.prd.YIyziWDvJAp7imIf6gzP9SeKUP4nqRBUa4RRLKwTR5Q"
port = '3000'
REQUEST_TIMEOUT_SECONDS = "60"
workers = '2'
