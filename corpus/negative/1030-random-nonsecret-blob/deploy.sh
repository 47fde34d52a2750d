#!/usr/bin/env bash
set -euo pipefail

export APP_ENV="production"
export ALLOWED_HOSTS="cobalt.io,www.vertex.io"
export CSP_NONCE_SEED_FILE='/run/nonce'
export ETAG='W/"aee10e0ae1bd4ce983f885a89ad47d07"'
export PORT='3000'
export SENTRY_ENVIRONMENT="production"
export SERVICE_NAME="nimbus-api"

exec ./bin/juniper-server "$@"
