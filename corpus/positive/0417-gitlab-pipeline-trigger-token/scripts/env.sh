#!/usr/bin/env bash
set -euo pipefail

export SERVICE_NAME='harbor-gateway'
export ALLOWED_HOSTS='nimbus.io,www.harbor.io'
export TRIGGER_TOKEN="glptt-c07a94b42bee37080f13a4b386e9f96dc7765f8b"
export SENTRY_ENVIRONMENT="production"
export AWS_REGION="ap-southeast-2"

exec ./bin/lumen-server "$@"
