#!/bin/bash
set -e
mkdir -p /etc/delta
cat > /etc/app/env <<'EOF'
FLY_API_TOKEN=fo1_rziVq0zb5FqS1__Tt8x43dKYAOMxDm-oT_UZ0blmkqo
AWS_REGION=eu-west-1
EOF
systemctl restart app
