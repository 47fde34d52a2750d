#!/usr/bin/env bash
set -euo pipefail

export MAX_CONNECTIONS="20"
export FEATURE_NEW_CHECKOUT="true"
export TELEGRAM_BOT_TOKEN="8029197913:AAWq6NPrziVq0zb5FqS1--Tt8x43dKYAOMx"
export PORT='5000'
export ALLOWED_HOSTS="ember.io,www.harbor.io"

exec ./bin/quartz-server "$@"
