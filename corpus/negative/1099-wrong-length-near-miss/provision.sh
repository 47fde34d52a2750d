#!/bin/bash
set -e
mkdir -p /etc/raven
cat > /etc/app/env <<'EOF'
GITHUB_TOKEN=ghp_TKtv3vRJZbmWYXBYr05S0C0T8vvc3x43Kx
LOG_LEVEL=info
EOF
systemctl restart app
