#!/usr/bin/env bash
set -euo pipefail

export SERVICE_NAME='pebble-gateway'
export DATABASE_URL="postgres://user:password@localhost:5432/mydb"
export TZ="Europe/Berlin"
export LOG_LEVEL="debug"
export SENTRY_ENVIRONMENT='production'

exec ./bin/orbit-server "$@"
