#!/usr/bin/env bash
set -euo pipefail

export AWS_REGION="eu-west-1"
export DATABASE_URL="mysql://root@localhost:3306/test"
export SERVICE_NAME="pebble-gateway"
export PORT='8443'
export APP_ENV='production'
export WORKERS="13"

exec ./bin/harbor-server "$@"
