#!/usr/bin/env bash
set -euo pipefail

export PINECONE_API_KEY='pcsk_wb8W7n_qheMTke1xQzDbKk30j8E65sB2zGvmQG2d5vt0KhDStcqk44elR314PsDiqqgWNjB'
export SERVICE_NAME="pebble-gateway"
export APP_ENV='production'
export ALLOWED_HOSTS="vertex.io,www.zephyr.io"
export TZ="UTC"
export MAX_CONNECTIONS="100"

exec ./bin/summit-server "$@"
