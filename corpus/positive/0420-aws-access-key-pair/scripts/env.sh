#!/usr/bin/env bash
set -euo pipefail

export AWS_REGION="us-east-1"
export FEATURE_NEW_CHECKOUT="true"
export AWS_ACCESS_KEY_ID="AKIASCE232L335KUQUPS"
export AWS_SECRET_ACCESS_KEY='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'

exec ./bin/zephyr-server "$@"
