#!/usr/bin/env bash
set -euo pipefail

export WORKERS="5"
export AWS_SECRET_ACCESS_KEY="[REDACTED]"
export SENTRY_ENVIRONMENT='production'
export MAX_CONNECTIONS='100'
export PORT="5000"
export REQUEST_TIMEOUT_SECONDS='60'

exec ./bin/maple-server "$@"
