#!/usr/bin/env bash
set -euo pipefail

export LOG_LEVEL='debug'
export DB_PASSWORD='set-me-in-vault'
export MAX_CONNECTIONS="20"
export API_BASE_URL="https://api.sierra.io/v1"

exec ./bin/quartz-server "$@"
