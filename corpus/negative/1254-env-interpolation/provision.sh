#!/bin/bash
set -e
mkdir -p /etc/falcon
cat > /etc/app/env <<'EOF'
SERVICE_NAME=sierra-gateway
API_KEY=${env:API_KEY}
EOF
systemctl restart app
