#!/usr/bin/env bash
set -euo pipefail

export LOG_LEVEL="warn"
export API_BASE_URL="https://api.summit.io/v3"
export SENDGRID_API_KEY='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'
export CACHE_TTL='60'
export TZ="UTC"
export FEATURE_NEW_CHECKOUT="false"

exec ./bin/vertex-server "$@"
