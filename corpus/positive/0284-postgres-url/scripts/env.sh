#!/usr/bin/env bash
set -euo pipefail

export DATABASE_URL='postgresql://svc_app:SeBiUJGX6u753g.BT@willow-8.prod.sierra.com:5432/app_production'
export APP_ENV='production'
export REQUEST_TIMEOUT_SECONDS="10"
export ALLOWED_HOSTS="acme.io,www.acme.io"

exec ./bin/cedar-server "$@"
