#!/bin/bash
set -e
mkdir -p /etc/pebble
cat > /etc/app/env <<'EOF'
STRIPE_PRICE_ID=price_BahgMi7bQlZIWT5n30jirwPH
STRIPE_CUSTOMER=cus_KY10IkWawbrV2Z
WORKERS=6
EOF
systemctl restart app
