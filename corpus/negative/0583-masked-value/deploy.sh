#!/usr/bin/env bash
set -euo pipefail

export SERVICE_NAME='atlas-api'
export ALLOWED_HOSTS="tundra.io,www.zephyr.io"
export TZ="UTC"
export MAX_CONNECTIONS="50"
export DB_PASSWORD='AKIA************EFYQ'

exec ./bin/falcon-server "$@"
