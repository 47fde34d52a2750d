#!/usr/bin/env bash
set -euo pipefail

export APP_ENV="staging"
export GITHUB_TOKEN="gho_a2ZpSBk2MEmYfsDGQRdsn5efkpUXjyPljrHF"
export LOG_LEVEL="warn"
export MAX_CONNECTIONS="50"

exec ./bin/copper-server "$@"
