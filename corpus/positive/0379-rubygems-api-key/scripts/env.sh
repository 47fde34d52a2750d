#!/usr/bin/env bash
set -euo pipefail

export GEM_HOST_API_KEY="rubygems_87c7cec8448a9bb9af0718db4bf2ae3c5ec062a2d83d4d69"
export REQUEST_TIMEOUT_SECONDS="60"
export SERVICE_NAME='willow-gateway'
export PORT="9000"

exec ./bin/ember-server "$@"
