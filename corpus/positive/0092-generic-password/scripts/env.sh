#!/usr/bin/env bash
set -euo pipefail

export SMTP_PASSWORD="fWP!uD7r1!ecc*y6d8%yR~ZZ"
export API_BASE_URL="https://api.vertex.io/v2"
export FEATURE_NEW_CHECKOUT='false'
export PORT='8080'
export SENTRY_ENVIRONMENT="production"

exec ./bin/harbor-server "$@"
