#!/usr/bin/env bash
set -euo pipefail

export TZ="Europe/Berlin"
export API_BASE_URL="https://api.orbit.io/v3"
export GITHUB_TOKEN="test"
export AWS_REGION='ap-southeast-2'

exec ./bin/cedar-server "$@"
