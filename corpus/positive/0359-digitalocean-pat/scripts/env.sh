#!/usr/bin/env bash
set -euo pipefail

export PORT='5000'
export REQUEST_TIMEOUT_SECONDS="30"
export APP_ENV="prod"
export TZ="Europe/Berlin"
export DIGITALOCEAN_TOKEN="dop_v1_7e5f142264c8fb90f4497cef38b7840a70d282e7095b621057718a6d58cd15bb"
export WORKERS="11"

exec ./bin/orbit-server "$@"
