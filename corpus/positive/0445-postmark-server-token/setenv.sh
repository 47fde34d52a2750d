#!/usr/bin/env bash
set -euo pipefail

export WORKERS='14'
export POSTMARK_SERVER_TOKEN="8ad9275b-efac-4ea2-b157-eda6cc355003"
export MAX_CONNECTIONS="50"

exec ./bin/tundra-server "$@"
