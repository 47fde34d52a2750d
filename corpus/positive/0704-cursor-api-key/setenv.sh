#!/usr/bin/env bash
set -euo pipefail

export MAX_CONNECTIONS="50"
export CURSOR_API_KEY='key_fea1c65962574d9335fcf8ebe2b7a5dabb33b9bc947459f07aff533e3b3c8c91'
export APP_ENV="staging"

exec ./bin/raven-server "$@"
