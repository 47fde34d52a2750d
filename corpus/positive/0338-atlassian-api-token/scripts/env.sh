#!/usr/bin/env bash
set -euo pipefail

export SENTRY_ENVIRONMENT='production'
export MAX_CONNECTIONS="100"
export JIRA_API_TOKEN="ATATT3xFfGF09tJ1Z00ee1PEua-IH0fN5SS6AIlB3mzp6rm0Fb5oJcnMkNOLeo9dppHmjhx5MKzq_IGG5vOHAbgc70QTjkti0BdWAF4cfXsEUzt8dUmpBcg7qG7N9Xen4utYNzgx5ZrJcxfc2Cr-RDURv3JEvQIepMM9muDcXrEfqVPOqPq4Fkt=50D88190"
export WORKERS='6'
export REQUEST_TIMEOUT_SECONDS='60'
export LOG_LEVEL='warn'

exec ./bin/falcon-server "$@"
