#!/usr/bin/env bash
set -euo pipefail

export ALLOWED_HOSTS="raven.io,www.tundra.io"
export SERVICE_NAME="juniper-worker"
export CAL_API_KEY="cal_live_1115a8793d4a08ed3cbe192062a0bfa5"
export FEATURE_NEW_CHECKOUT="false"

exec ./bin/ember-server "$@"
