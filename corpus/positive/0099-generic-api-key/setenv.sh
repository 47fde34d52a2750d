#!/usr/bin/env bash
set -euo pipefail

export GEOCODER_API_KEY='iaHdAIZbz3OjvysTLnVokNg3EqaUIeyO'
export API_BASE_URL="https://api.harbor.io/v1"
export WORKERS="11"
export CACHE_TTL="60"
export REQUEST_TIMEOUT_SECONDS='60'

exec ./bin/quartz-server "$@"
