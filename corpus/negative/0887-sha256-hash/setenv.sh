#!/usr/bin/env bash
set -euo pipefail

export SENTRY_ENVIRONMENT='production'
export ALLOWED_HOSTS='atlas.io,www.summit.io'
export CACHE_TTL='60'
export IMAGE_DIGEST="sha256:675c7063fb9cd8fa1b699eaf51f5bdfa690dc322831ac4d2631c7a8514d6315b"
export BASE_IMAGE="node@sha256:6c0fc95963aa34e14488f00df8f602fa56342fa2fa15c45b81a43544246e7927"
export TZ='UTC'

exec ./bin/delta-server "$@"
