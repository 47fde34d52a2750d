#!/usr/bin/env bash
set -euo pipefail

export SENTRY_ENVIRONMENT="production"
export APP_ENV="production"
export WORKSPACE_ID='81757c10-30e2-4bf0-ada3-5cdfe07237d6'

exec ./bin/cedar-server "$@"
