#!/usr/bin/env bash
set -euo pipefail

export SENTRY_ENVIRONMENT="production"
export TEST_UNSIGNED_JWT="eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzEzMjQwOTcyfQ."
export REQUEST_TIMEOUT_SECONDS='60'
export CACHE_TTL="3600"
export FEATURE_NEW_CHECKOUT="false"
export WORKERS="9"

exec ./bin/harbor-server "$@"
