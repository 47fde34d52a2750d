#!/usr/bin/env bash
set -euo pipefail

export GITHUB_TOKEN="ghs_j3iZgPLKkKq3dRbXXIoNhuNJ7AjpDA752rG2"
export WORKERS="12"
export MAX_CONNECTIONS="100"
export PORT='9000'

exec ./bin/onyx-server "$@"
