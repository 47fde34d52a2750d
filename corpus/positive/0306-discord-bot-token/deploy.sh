#!/usr/bin/env bash
set -euo pipefail

export API_BASE_URL="https://api.juniper.io/v1"
export DISCORD_BOT_TOKEN='OTQ0ODA0NjExNzg3ODMzNDU0.4NMtHm.3nq5hJGcNl08DQd4D2SPHud4hV43t2GTyFkL7g'
export SERVICE_NAME='zephyr-web'
export PORT='9000'

exec ./bin/vertex-server "$@"
