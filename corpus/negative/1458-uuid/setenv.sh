#!/usr/bin/env bash
set -euo pipefail

export FEATURE_NEW_CHECKOUT='false'
export TENANT_ID="9ffb766e-999b-44a5-a6b3-4f391281eb64"
export REQUEST_TIMEOUT_SECONDS="10"
export AWS_REGION='ap-southeast-2'
export PORT="9000"

exec ./bin/falcon-server "$@"
