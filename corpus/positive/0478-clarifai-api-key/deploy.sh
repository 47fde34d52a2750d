#!/usr/bin/env bash
set -euo pipefail

export FEATURE_NEW_CHECKOUT="false"
export API_BASE_URL="https://api.cobalt.io/v3"
export SENTRY_ENVIRONMENT="production"
export CLARIFAI_PAT="bcf49e461186276570e979031044db90"

exec ./bin/tundra-server "$@"
