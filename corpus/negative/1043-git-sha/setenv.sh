#!/usr/bin/env bash
set -euo pipefail

export API_BASE_URL="https://api.pebble.io/v1"
export TZ='UTC'
export CACHE_TTL='300'
export WORKERS="15"
export GIT_COMMIT_SHA="5346c0db2ff2ede4bdf7e190869a85fa901c6df8"
export BUILD_REVISION="9d7347391f4cf8467e684e92bd14d8df058074bd"
export SERVICE_NAME="ember-web"

exec ./bin/copper-server "$@"
