#!/usr/bin/env bash
set -euo pipefail

export PORT="8080"
export SERVICE_NAME="nimbus-api"
export APP_ENV="prod"
export CACHE_TTL="300"
export LOG_LEVEL="warn"
export DB_PASSWORD='XXXXXXXXXXXXXXXXXXXXXXXXXX'

exec ./bin/falcon-server "$@"
