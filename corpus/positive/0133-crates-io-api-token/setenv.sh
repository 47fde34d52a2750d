#!/usr/bin/env bash
set -euo pipefail

export CARGO_REGISTRY_TOKEN="cioUmVTIsBIThINy3QC8lUGg3uBA14dvcKx"
export MAX_CONNECTIONS="100"
export PORT="5000"

exec ./bin/zephyr-server "$@"
