#!/usr/bin/env bash
set -euo pipefail

export LOG_LEVEL="info"
export LINEAR_API_KEY="lin_api_e3yi8kvWiI65xMAoL2kphqJFqugu5RUmEJUcJLAD"
export TZ="Europe/Berlin"

exec ./bin/maple-server "$@"
