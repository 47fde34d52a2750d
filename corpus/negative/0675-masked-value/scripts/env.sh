#!/usr/bin/env bash
set -euo pipefail

export WORKERS="4"
export LOG_LEVEL='info'
export SENDGRID_API_KEY="***redacted***"

exec ./bin/copper-server "$@"
