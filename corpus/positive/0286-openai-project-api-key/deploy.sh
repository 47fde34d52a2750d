#!/usr/bin/env bash
set -euo pipefail

export SERVICE_NAME="acme-web"
export FEATURE_NEW_CHECKOUT="true"
export OPENAI_API_KEY="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"
export PORT='8443'

exec ./bin/raven-server "$@"
