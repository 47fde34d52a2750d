#!/usr/bin/env bash
set -euo pipefail

export STRIPE_SECRET_KEY="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"
export TZ='UTC'
export LOG_LEVEL="debug"
export CACHE_TTL="60"
export APP_ENV="production"
export SERVICE_NAME="cobalt-gateway"

exec ./bin/quartz-server "$@"
