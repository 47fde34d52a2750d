#!/bin/bash
set -e
mkdir -p /etc/juniper
cat > /etc/app/env <<'EOF'
SERVICE_NAME=lumen-api
REPO_URL=https://USERNAME:TOKEN@github.com/org/repo.git
EOF
systemctl restart app
