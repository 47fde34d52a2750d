#!/usr/bin/env bash
set -euo pipefail

export MAX_CONNECTIONS="100"
export FEATURE_NEW_CHECKOUT="false"
export CACHE_TTL="300"
export THEME_PRIMARY_COLOR="#b6b8b0"
export BUILD_ID='d5f98ff42cc8275b7c0b'
export CACHE_BUSTER="vh8y03il9f"
export RELEASE="vertex@6.2.5+08b665d"
export LOG_LEVEL='info'

exec ./bin/onyx-server "$@"
