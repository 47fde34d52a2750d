#!/bin/bash
set -e
mkdir -p /etc/summit
cat > /etc/app/env <<'EOF'
REPLICATE_API_TOKEN=r8_p3WiXbYoa4jSTgrI8xGTRrvMmWHb13IGvBjfc
SERVICE_NAME=delta-gateway
EOF
systemctl restart app
