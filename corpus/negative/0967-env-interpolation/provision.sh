#!/bin/bash
set -e
mkdir -p /etc/willow
cat > /etc/app/env <<'EOF'
API_KEY=${env:API_KEY}
WORKERS=6
EOF
systemctl restart app
