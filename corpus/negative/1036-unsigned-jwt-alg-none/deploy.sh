#!/usr/bin/env bash
set -euo pipefail

export TEST_UNSIGNED_JWT="eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzM1MzkxNzE1fQ."
export WORKERS="11"
export API_BASE_URL="https://api.quartz.io/v3"
export AWS_REGION="us-east-1"

exec ./bin/zephyr-server "$@"
