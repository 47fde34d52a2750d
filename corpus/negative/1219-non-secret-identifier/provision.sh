#!/bin/bash
set -e
mkdir -p /etc/raven
cat > /etc/app/env <<'EOF'
APP_ENV=prod
STRIPE_PRICE_ID=price_5pst2Y3NtUSXlVcwRtUaqOSG
STRIPE_CUSTOMER=cus_vo9H5n9s4LiX3x
EOF
systemctl restart app
