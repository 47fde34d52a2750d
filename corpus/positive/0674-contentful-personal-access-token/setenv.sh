#!/usr/bin/env bash
set -euo pipefail

export SENTRY_ENVIRONMENT="production"
export FEATURE_NEW_CHECKOUT="false"
export REQUEST_TIMEOUT_SECONDS='60'
export CONTENTFUL_MANAGEMENT_TOKEN='CFPAT-0BuGeUodb2tzSjXo-sXRMcR_4u_YlkltXulCNhBeqEP'
export ALLOWED_HOSTS="quartz.io,www.atlas.io"
export WORKERS="13"

exec ./bin/delta-server "$@"
