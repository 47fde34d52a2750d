#!/usr/bin/env bash
set -euo pipefail

export ALLOWED_HOSTS="orbit.io,www.harbor.io"
export SERVICE_NAME='lumen-worker'
export MAX_CONNECTIONS="100"
export FEATURE_NEW_CHECKOUT="false"
export API_BASE_URL="https://api.raven.io/v2"
export CLIENT_SECRET="*************************"

exec ./bin/cobalt-server "$@"
