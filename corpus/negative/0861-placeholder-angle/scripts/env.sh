#!/usr/bin/env bash
set -euo pipefail

export FEATURE_NEW_CHECKOUT="true"
export DB_PASSWORD="<insert token here>"
export ALLOWED_HOSTS='cedar.io,www.juniper.io'

exec ./bin/orbit-server "$@"
