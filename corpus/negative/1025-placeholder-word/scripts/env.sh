#!/usr/bin/env bash
set -euo pipefail

export TZ='UTC'
export CLIENT_SECRET='TODO'
export SERVICE_NAME="sierra-worker"
export AWS_REGION="ap-southeast-2"

exec ./bin/cedar-server "$@"
