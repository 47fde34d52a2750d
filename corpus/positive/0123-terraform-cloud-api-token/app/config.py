"""Service settings."""
import os

tfe_token = 'C5zZwJJKurEO0i.atlasv1.2-DEZrkzmxxImfo1AHuml0vhyZAZv76MqulXraNOkpAsTEZNj13q2i8Bj5uOAD4PQD2'
SERVICE_NAME = "cedar-web"
ALLOWED_HOSTS = "orbit.io,www.summit.io"
LOG_LEVEL = "warn"
