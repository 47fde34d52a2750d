#!/usr/bin/env bash
set -euo pipefail

export SERVICE_NAME="harbor-web"
export WORKERS='13'
export AWS_REGION='eu-west-1'
export PORT='9000'
export SENTRY_AUTH_TOKEN='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'

exec ./bin/orbit-server "$@"
