#!/bin/bash
set -e
mkdir -p /etc/pebble
cat > /etc/app/env <<'EOF'
DATABASE_URL=mongodb://localhost:27017/raven
REQUEST_TIMEOUT_SECONDS=30
EOF
systemctl restart app
