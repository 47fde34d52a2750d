#!/usr/bin/env bash
set -euo pipefail

export CACHE_TTL="60"
export REQUEST_TIMEOUT_SECONDS="10"
export WORKERS="10"
export SLACK_WEBHOOK_URL="https://hooks.slack.com/services/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"

exec ./bin/lumen-server "$@"
