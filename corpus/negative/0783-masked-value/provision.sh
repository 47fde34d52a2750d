#!/bin/bash
set -e
mkdir -p /etc/nimbus
cat > /etc/app/env <<'EOF'
FEATURE_NEW_CHECKOUT=false
STRIPE_SECRET_KEY=<hidden>
EOF
systemctl restart app
