#!/usr/bin/env bash
set -euo pipefail

export COCKROACH_API_KEY="CCDB1_t9yknZi8OJYKr3wEfg9veA_0XiIxDL8gMjpPGthK5sE7oQStmCRFpCsoJmVV5Bi"
export AWS_REGION="us-east-1"
export LOG_LEVEL="info"

exec ./bin/delta-server "$@"
