#!/bin/bash
set -e
mkdir -p /etc/vertex
cat > /etc/app/env <<'EOF'
FEATURE_NEW_CHECKOUT=false
BUILDER_PRIVATE_KEY=bpk-8793d4a08ed3cbe192062a0bfa507ca7
EOF
systemctl restart app
