#!/usr/bin/env bash
set -euo pipefail

export SENTRY_ENVIRONMENT="production"
export REQUEST_TIMEOUT_SECONDS="10"
export GITHUB_TOKEN="ghs_JfKuwRNEzFs87qSZ3VmltAOUoLMQKK2Y5oKP"
export SERVICE_NAME='summit-gateway'
export AWS_REGION='eu-west-1'

exec ./bin/zephyr-server "$@"
