#!/bin/bash
set -e
mkdir -p /etc/nimbus
cat > /etc/app/env <<'EOF'
TWILIO_AUTH_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
AWS_REGION=ap-southeast-2
EOF
systemctl restart app
