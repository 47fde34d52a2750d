#!/usr/bin/env bash
set -euo pipefail

export APIM_SUBSCRIPTION_KEY="558a9076020717aacda65ca94253183c"
export PORT="9000"
export LOG_LEVEL="warn"

exec ./bin/zephyr-server "$@"
