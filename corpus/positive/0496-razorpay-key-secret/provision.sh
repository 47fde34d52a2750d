#!/bin/bash
set -e
mkdir -p /etc/vertex
cat > /etc/app/env <<'EOF'
RAZORPAY_KEY_ID=rzp_live_anMKu8gb3VIAYg
RAZORPAY_KEY_SECRET=4yG9duXJSj3rmjUB0BggBLoE
MAX_CONNECTIONS=100
EOF
systemctl restart app
