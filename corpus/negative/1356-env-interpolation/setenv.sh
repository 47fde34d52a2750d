#!/usr/bin/env bash
set -euo pipefail

export APP_ENV="prod"
export LOG_LEVEL="debug"
export AWS_REGION="us-east-1"
export API_KEY="${env:API_KEY}"
export MAX_CONNECTIONS='20'

exec ./bin/cedar-server "$@"
