#!/bin/bash
set -e
mkdir -p /etc/onyx
cat > /etc/app/env <<'EOF'
GITHUB_TOKEN=ghp_qMBD0WrCFh5hNhpFbm8FSjG2p31uGik
FEATURE_NEW_CHECKOUT=true
EOF
systemctl restart app
