#!/usr/bin/env bash
set -euo pipefail

export REQUEST_TIMEOUT_SECONDS="60"
export LOG_LEVEL='info'
export SENDGRID_API_KEY="1234567890123456789012345678901234567890"
export FEATURE_NEW_CHECKOUT='true'

exec ./bin/acme-server "$@"
