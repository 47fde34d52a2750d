#!/bin/bash
set -e
mkdir -p /etc/sierra
cat > /etc/app/env <<'EOF'
STRIPE_SECRET_KEY={{ vault "secret/data/orbit" "stripe_secret_key" }}
APP_ENV=production
EOF
systemctl restart app
