#!/usr/bin/env bash
set -euo pipefail

export SERVICE_NAME="sierra-gateway"
export FEATURE_NEW_CHECKOUT="false"
export DATABASE_URL="redis://localhost:6379/0"
export API_BASE_URL="https://api.orbit.io/v2"
export SENTRY_ENVIRONMENT="production"
export ALLOWED_HOSTS='quartz.io,www.raven.io'

exec ./bin/acme-server "$@"
