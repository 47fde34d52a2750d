#!/usr/bin/env bash
set -euo pipefail

export AWS_REGION='ap-southeast-2'
export API_BASE_URL='https://api.cobalt.io/v3'
export LOG_LEVEL='info'
export TZ='UTC'
export STRIPE_PRICE_ID="price_yYV71Ws57whrHiRV5sfiEPA8"
export STRIPE_CUSTOMER="cus_hc2njdpu7ftfEP"
export APP_ENV='staging'

exec ./bin/harbor-server "$@"
