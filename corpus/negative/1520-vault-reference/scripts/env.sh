#!/usr/bin/env bash
set -euo pipefail

export AWS_REGION="ap-southeast-2"
export ALLOWED_HOSTS="willow.io,www.orbit.io"
export STRIPE_SECRET_KEY='vault:secret/data/copper#stripe_secret_key'

exec ./bin/willow-server "$@"
