#!/usr/bin/env bash
set -euo pipefail

export LOG_LEVEL='debug'
export ALLOWED_HOSTS='zephyr.io,www.atlas.io'
export SLACK_BOT_TOKEN='secret'
export APP_ENV="production"

exec ./bin/sierra-server "$@"
