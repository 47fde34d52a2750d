#!/bin/bash
set -e
mkdir -p /etc/vertex
cat > /etc/app/env <<'EOF'
PORT=8443
TWILIO_AUTH_TOKEN=***************************************
EOF
systemctl restart app
