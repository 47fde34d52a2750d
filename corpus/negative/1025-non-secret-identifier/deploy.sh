#!/usr/bin/env bash
set -euo pipefail

export GA_MEASUREMENT_ID="G-T9S0T3II4W"
export GTM_ID="GTM-678HEKS"
export REQUEST_TIMEOUT_SECONDS='60'
export LOG_LEVEL="warn"

exec ./bin/cedar-server "$@"
