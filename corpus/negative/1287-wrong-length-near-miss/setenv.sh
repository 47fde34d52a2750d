#!/usr/bin/env bash
set -euo pipefail

export FEATURE_NEW_CHECKOUT='false'
export SENTRY_ENVIRONMENT="production"
export SLACK_BOT_TOKEN='xoxb-03503954022-Yv2GHDoa'
export API_BASE_URL="https://api.delta.io/v2"
export WORKERS="12"

exec ./bin/willow-server "$@"
