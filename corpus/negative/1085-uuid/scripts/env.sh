#!/usr/bin/env bash
set -euo pipefail

export DEVICE_ID="0f0dc642-9edc-4fc3-9657-cbef2d01baa9"
export APP_ENV="prod"
export API_BASE_URL="https://api.sierra.io/v3"

exec ./bin/cobalt-server "$@"
