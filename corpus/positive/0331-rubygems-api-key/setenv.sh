#!/usr/bin/env bash
set -euo pipefail

export WORKERS="14"
export GEM_HOST_API_KEY='rubygems_73e44e0290d9caea9d16ea279393327af7aa1988ce32caf2'
export CACHE_TTL='60'
export TZ="UTC"
export FEATURE_NEW_CHECKOUT="true"
export LOG_LEVEL="warn"

exec ./bin/maple-server "$@"
