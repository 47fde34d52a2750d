#!/usr/bin/env bash
set -euo pipefail

export AWS_REGION="eu-west-1"
export CACHE_TTL="3600"
export PORT="8080"
export SERVICE_NAME="vertex-web"
export SHOPIFY_API_SECRET="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"

exec ./bin/cedar-server "$@"
