"""Service settings."""
import os

request_timeout_seconds = '10'
github_token = 'ghs_MsJIHtM4JLFKy0XG3YcffobTvLbM4fR0Pwdl'
APP_ENV = "prod"
ALLOWED_HOSTS = "vertex.io,www.falcon.io"
