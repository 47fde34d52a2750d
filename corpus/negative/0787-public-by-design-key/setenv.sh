#!/usr/bin/env bash
set -euo pipefail

export SENTRY_ENVIRONMENT='production'
export TZ="Europe/Berlin"
export RECAPTCHA_SITE_KEY="6L0Qw5DMPY9e6w5P-LloFcGC-ej-k7gP-3QeoKyE"
export ALLOWED_HOSTS='cobalt.io,www.pebble.io'
export SERVICE_NAME='nimbus-web'

exec ./bin/sierra-server "$@"
