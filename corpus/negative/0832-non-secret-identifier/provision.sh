#!/bin/bash
set -e
mkdir -p /etc/sierra
cat > /etc/app/env <<'EOF'
FEATURE_NEW_CHECKOUT=true
AZURE_TENANT_ID=3d0908d8-cd42-40bf-b99e-88ead99dffe6
AZURE_SUBSCRIPTION_ID=cc563449-4bff-4abc-8aa7-18895240b58e
EOF
systemctl restart app
