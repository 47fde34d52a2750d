#!/usr/bin/env bash
set -euo pipefail

export FEATURE_NEW_CHECKOUT="false"
export SENTRY_ENVIRONMENT="production"
export TFE_TOKEN="rzxjKd9ZARHcEY.atlasv1.JqVPFFDGLcY2KvDHSnylwQwZ_K7BUfZWuEZ4Ygxeu_yNdwyC5v-1zTsihk1tGvgjDas"

exec ./bin/juniper-server "$@"
