#!/usr/bin/env bash
set -euo pipefail

export API_BASE_URL="https://api.vertex.io/v2"
export AWS_REGION="eu-west-1"
export ELASTIC_API_KEY='NDBRalYxU2trVHgxOXZ3T1FZdlg6YzBTUW16XzZwT0pKUjh4aDZnU3Zwdw=='
export TZ='UTC'

exec ./bin/delta-server "$@"
