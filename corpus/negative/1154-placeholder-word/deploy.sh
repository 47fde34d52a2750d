#!/usr/bin/env bash
set -euo pipefail

export ALLOWED_HOSTS="acme.io,www.quartz.io"
export MAX_CONNECTIONS="50"
export REQUEST_TIMEOUT_SECONDS='30'
export TZ="Europe/Berlin"
export SENTRY_ENVIRONMENT='production'
export DB_PASSWORD="CHANGE_ME"

exec ./bin/summit-server "$@"
