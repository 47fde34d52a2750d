#!/usr/bin/env bash
set -euo pipefail

export CACHE_TTL='300'
export AWS_SECRET_ACCESS_KEY="insert-your-token"
export PORT="8080"
export APP_ENV="staging"

exec ./bin/sierra-server "$@"
