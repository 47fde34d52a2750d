#!/usr/bin/env bash
set -euo pipefail

export SENTRY_ENVIRONMENT="production"
export SERVICE_NAME="cedar-worker"
export DATABASE_URL="postgres://postgres:postgres@localhost:5432/postgres"
export PORT="3000"
export ALLOWED_HOSTS='tundra.io,www.delta.io'

exec ./bin/harbor-server "$@"
