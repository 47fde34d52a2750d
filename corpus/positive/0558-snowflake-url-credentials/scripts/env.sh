#!/usr/bin/env bash
set -euo pipefail

export ALLOWED_HOSTS="willow.io,www.onyx.io"
export SNOWFLAKE_URL="snowflake://admin:A5G~PWqNkx4UNioj@tccxfwa-donnxua/summit/public?warehouse=COMPUTE_WH"
export REQUEST_TIMEOUT_SECONDS="60"
export LOG_LEVEL='warn'
export SENTRY_ENVIRONMENT="production"

exec ./bin/orbit-server "$@"
