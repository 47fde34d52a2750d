#!/usr/bin/env bash
set -euo pipefail

export REQUEST_TIMEOUT_SECONDS='10'
export SERVICE_NAME='raven-api'
export AWS_REGION="us-east-1"
export API_BASE_URL="https://api.orbit.io/v1"
export NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY="pk_live_51cybN5PBdwbO2KWAex2ns2hyhZmPSW2IberU0TQtX0WUMs8ue4Vn1SLvHb4C5yyRMFK3gnSMm9vhkTCKPVdy7O1BBRtCmYFNO"

exec ./bin/willow-server "$@"
