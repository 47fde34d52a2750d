#!/bin/bash
set -e
mkdir -p /etc/ember
cat > /etc/app/env <<'EOF'
PORT=3000
REPO_URL=https://username:password@registry.example.net/v2/
EOF
systemctl restart app
