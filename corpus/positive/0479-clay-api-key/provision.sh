#!/bin/bash
set -e
mkdir -p /etc/juniper
cat > /etc/app/env <<'EOF'
CLAY_API_KEY=62ea81378de5f9038c48
PORT=9000
EOF
systemctl restart app
