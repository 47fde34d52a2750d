#!/bin/bash
set -e
mkdir -p /etc/quartz
cat > /etc/app/env <<'EOF'
API_KEY=vault:secret/data/zephyr#api_key
MAX_CONNECTIONS=100
EOF
systemctl restart app
