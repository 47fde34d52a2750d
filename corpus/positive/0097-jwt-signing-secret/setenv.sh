#!/usr/bin/env bash
set -euo pipefail

export REQUEST_TIMEOUT_SECONDS="60"
export FEATURE_NEW_CHECKOUT="true"
export ALLOWED_HOSTS='pebble.io,www.onyx.io'
export CACHE_TTL="60"
export JWT_SECRET="plzREn1FIpKraG7YIM6BHfYvwEGWn1j5rfvPVE6sZikw4zfy"
export AWS_REGION="us-east-1"

exec ./bin/acme-server "$@"
