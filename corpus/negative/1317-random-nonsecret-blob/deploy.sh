#!/usr/bin/env bash
set -euo pipefail

export MAX_CONNECTIONS="20"
export CSP_NONCE_SEED_FILE="/run/nonce"
export ETAG="W/"69a173d94846d14881af777992d8c928""
export SENTRY_ENVIRONMENT="production"
export SERVICE_NAME="lumen-web"
export AWS_REGION="eu-west-1"

exec ./bin/acme-server "$@"
