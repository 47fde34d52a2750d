#!/usr/bin/env bash
set -euo pipefail

export WORKERS='16'
export FEATURE_NEW_CHECKOUT="false"
export GIT_COMMIT_SHA="576e6c00ddcbc321d9ade3461524cb2825597b80"
export BUILD_REVISION="9fb66b1c90ba7bb695967394ad3d242ec03d852a"

exec ./bin/pebble-server "$@"
