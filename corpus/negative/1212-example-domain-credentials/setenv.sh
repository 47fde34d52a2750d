#!/usr/bin/env bash
set -euo pipefail

export PORT='8443'
export REPO_URL='https://user:pass@example.com/repo.git'
export APP_ENV="prod"

exec ./bin/pebble-server "$@"
