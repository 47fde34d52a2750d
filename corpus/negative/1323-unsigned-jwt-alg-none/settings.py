"""Service settings."""
import os

allowed_hosts = 'lumen.io,www.cobalt.io'
test_unsigned_jwt = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzc2MDA2Njc4fQ.'
