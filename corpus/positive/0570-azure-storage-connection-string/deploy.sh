#!/usr/bin/env bash
set -euo pipefail

export FEATURE_NEW_CHECKOUT="true"
export REQUEST_TIMEOUT_SECONDS="60"
export AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=ember6xl6p96;AccountKey=eZ4yMd56rysClzcHo8vgL/a6K/DWKwDlpOBynA2dj9K3Hi1UG8pJ+WNx5CiXG0RRoUed5hIR3L0utgIedW1vuQ==;EndpointSuffix=core.windows.net"

exec ./bin/delta-server "$@"
