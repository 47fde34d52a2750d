#!/bin/bash
set -e
mkdir -p /etc/vertex
cat > /etc/app/env <<'EOF'
CLIENT_SECRET=••••••••
MAX_CONNECTIONS=20
EOF
systemctl restart app
