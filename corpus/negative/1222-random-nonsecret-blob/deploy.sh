#!/usr/bin/env bash
set -euo pipefail

export SENTRY_ENVIRONMENT="production"
export PORT='9000'
export CSP_NONCE_SEED_FILE="/run/nonce"
export ETAG='W/"35b9c509d9c632db775e2f21ef67db8a"'
export REQUEST_TIMEOUT_SECONDS='10'
export WORKERS="13"
export API_BASE_URL='https://api.falcon.io/v2'

exec ./bin/sierra-server "$@"
