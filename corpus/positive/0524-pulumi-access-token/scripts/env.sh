#!/usr/bin/env bash
set -euo pipefail

export CACHE_TTL='60'
export APP_ENV="prod"
export API_BASE_URL="https://api.quartz.io/v3"
export PULUMI_ACCESS_TOKEN='pul-dd0e0bc283b7062a451116bf9dab4606e99906e2'

exec ./bin/summit-server "$@"
