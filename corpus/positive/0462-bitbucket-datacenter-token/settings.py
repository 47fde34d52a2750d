"""Service settings."""
import os

bitbucket_token = 'BBDC-NTAyODMzMjQyOTczOgvmevi4huQ4IpVGsIsq5y702fL3'
log_level = 'info'
max_connections = '50'
