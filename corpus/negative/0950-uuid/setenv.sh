#!/usr/bin/env bash
set -euo pipefail

export SUBSCRIPTION_ID='dcb375a4-3f5b-4a52-95c4-6c5299efa8f3'
export TZ="UTC"
export REQUEST_TIMEOUT_SECONDS="30"

exec ./bin/juniper-server "$@"
