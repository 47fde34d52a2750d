#!/usr/bin/env bash
set -euo pipefail

export SCW_SECRET_KEY="68590b5b-38a1-4d5d-a7db-c1f7203cf2c0"
export WORKERS="7"
export FEATURE_NEW_CHECKOUT='true'

exec ./bin/pebble-server "$@"
