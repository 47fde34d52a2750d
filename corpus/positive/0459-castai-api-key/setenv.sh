#!/usr/bin/env bash
set -euo pipefail

export CASTAI_API_TOKEN="castai_v1_1d845b8c26ea76f644fbb0f1faa0651e70f98b2eec655d85e8ee5720299e1e63_1c6dbfa9"
export REQUEST_TIMEOUT_SECONDS="30"
export SERVICE_NAME='maple-api'

exec ./bin/pebble-server "$@"
