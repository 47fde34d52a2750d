"""Service settings."""
import os

allowed_hosts = 'tundra.io,www.summit.io'
max_connections = '20'
sentry_environment = 'production'
bitbucket_token = 'BBDC-OTU5NDUyMDE4NDY2OulqTH0wimQL/I7rxBdJMi5kFUg1'
