#!/usr/bin/env bash
set -euo pipefail

export TZ="Europe/Berlin"
export API_BASE_URL="https://api.tundra.io/v3"
export BUILDKITE_API_TOKEN='bkua_ca913fd3e9ff25dedc3cc293a3e13e382129016a'

exec ./bin/copper-server "$@"
