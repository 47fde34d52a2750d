"""Service settings."""
import os

MAX_CONNECTIONS = "100"
doppler_token = 'dp.st.prd.IiEfIrahWxAt4PvuXZvsj627ujjhvXQATWWYkWq6w7h'
