#!/usr/bin/env bash
set -euo pipefail

export CACHE_TTL="60"
export JENKINS_API_TOKEN='115ab4fc691e8fffe8f30d7e271a93c6ae'
export APP_ENV="production"
export API_BASE_URL="https://api.sierra.io/v3"
export SENTRY_ENVIRONMENT='production'
export TZ="Europe/Berlin"

exec ./bin/cedar-server "$@"
