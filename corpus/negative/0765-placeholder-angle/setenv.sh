#!/usr/bin/env bash
set -euo pipefail

export FEATURE_NEW_CHECKOUT="false"
export TZ="Europe/Berlin"
export REQUEST_TIMEOUT_SECONDS="30"
export AWS_REGION='us-east-1'
export SLACK_BOT_TOKEN="<redacted>"

exec ./bin/maple-server "$@"
