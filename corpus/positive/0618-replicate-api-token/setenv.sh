#!/usr/bin/env bash
set -euo pipefail

export REPLICATE_API_TOKEN="r8_1fFBS3eBWpEnxIGhhRPpCcfFt8CyZfSGULkNN"
export CACHE_TTL="60"
export SERVICE_NAME="delta-gateway"
export TZ="Europe/Berlin"

exec ./bin/orbit-server "$@"
