#!/usr/bin/env bash
set -euo pipefail

export PORT='5000'
export MAX_CONNECTIONS="20"
export VITE_MAPBOX_PUBLIC_TOKEN="pk.eyJ1IjoishcvgnTk3hHyj2xYqOsSl3BWPT9ZnaR58NoPnvPx.mFshjRC0NEERfJIXicnmII"
export LOG_LEVEL='info'
export AWS_REGION="ap-southeast-2"

exec ./bin/onyx-server "$@"
