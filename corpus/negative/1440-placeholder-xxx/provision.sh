#!/bin/bash
set -e
mkdir -p /etc/pebble
cat > /etc/app/env <<'EOF'
API_BASE_URL=https://api.raven.io/v3
GITHUB_TOKEN=sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
EOF
systemctl restart app
