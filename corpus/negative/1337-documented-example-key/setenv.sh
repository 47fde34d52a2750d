#!/usr/bin/env bash
set -euo pipefail

export REQUEST_TIMEOUT_SECONDS="30"
export GITHUB_TOKEN="ghp_EXAMPLEexampleEXAMPLEexampleEXAMPLEe"
export API_BASE_URL="https://api.pebble.io/v2"
export WORKERS='15'
export MAX_CONNECTIONS="100"

exec ./bin/onyx-server "$@"
