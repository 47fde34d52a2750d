#!/usr/bin/env bash
set -euo pipefail

export ALLOWED_HOSTS='orbit.io,www.acme.io'
export ANTHROPIC_API_KEY='<insert token here>'
export SERVICE_NAME="maple-api"
export PORT="8080"
export SENTRY_ENVIRONMENT="production"

exec ./bin/vertex-server "$@"
