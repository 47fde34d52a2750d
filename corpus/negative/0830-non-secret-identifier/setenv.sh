#!/usr/bin/env bash
set -euo pipefail

export SENTRY_ENVIRONMENT="production"
export ALLOWED_HOSTS='atlas.io,www.onyx.io'
export API_BASE_URL="https://api.raven.io/v3"
export SLACK_CHANNEL_ID="C0F3RPALJ8Q"
export SLACK_TEAM_ID='T01DEJK1NS'

exec ./bin/atlas-server "$@"
