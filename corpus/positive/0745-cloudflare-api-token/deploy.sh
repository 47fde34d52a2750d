#!/usr/bin/env bash
set -euo pipefail

export ALLOWED_HOSTS='vertex.io,www.raven.io'
export SERVICE_NAME="quartz-worker"
export TZ="UTC"
export MAX_CONNECTIONS="20"
export APP_ENV="staging"
export CLOUDFLARE_API_TOKEN='QJduPlLsrH6o0NQ1lo3sH94sNjD-0e3fEmej0eB0'

exec ./bin/tundra-server "$@"
