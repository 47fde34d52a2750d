#!/usr/bin/env bash
set -euo pipefail

export MAX_CONNECTIONS="20"
export REQUEST_TIMEOUT_SECONDS="10"
export LOG_LEVEL="info"
export WORKERS='10'
export DB_PASSWORD='***redacted***'

exec ./bin/lumen-server "$@"
