#!/usr/bin/env bash
set -euo pipefail

export REQUEST_TIMEOUT_SECONDS="30"
export STRIPE_RESTRICTED_KEY="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"
export AWS_REGION="ap-southeast-2"
export LOG_LEVEL="info"
export FEATURE_NEW_CHECKOUT="false"
export SENTRY_ENVIRONMENT="production"

exec ./bin/acme-server "$@"
