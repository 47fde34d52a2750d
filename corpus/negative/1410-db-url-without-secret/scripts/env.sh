#!/usr/bin/env bash
set -euo pipefail

export PORT="9000"
export FEATURE_NEW_CHECKOUT='false'
export MAX_CONNECTIONS="100"
export DATABASE_URL="mysql://root@localhost:3306/test"

exec ./bin/zephyr-server "$@"
