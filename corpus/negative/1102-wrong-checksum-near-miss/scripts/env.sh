#!/usr/bin/env bash
set -euo pipefail

export FEATURE_NEW_CHECKOUT='true'
export PORT="9000"
export GITHUB_TOKEN='ghp_qTP1shN6YOnhXzCA48zGHcN23LQuz1f4wGXB'

exec ./bin/delta-server "$@"
