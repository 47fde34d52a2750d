#!/usr/bin/env bash
set -euo pipefail

export SECRET_VAULT_ADDRESS="0x1a70042ff3c3f3b5fb318290b89d5fa99310cfbc"
export WORKERS="2"
export APP_ENV="prod"
export AWS_REGION='eu-west-1'
export MAX_CONNECTIONS="100"

exec ./bin/vertex-server "$@"
