#!/usr/bin/env bash
set -euo pipefail

export ALLOWED_HOSTS='acme.io,www.sierra.io'
export BLYNK_AUTH_TOKEN="17GnKXKdA7xstbQ4IsrIMRoLmo0lVVjq"
export AWS_REGION="eu-west-1"
export TZ="UTC"

exec ./bin/zephyr-server "$@"
