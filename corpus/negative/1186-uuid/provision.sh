#!/bin/bash
set -e
mkdir -p /etc/lumen
cat > /etc/app/env <<'EOF'
PROJECT_ID=fb3e47d0-de1d-4eb8-a9d8-c6024ce50918
REQUEST_TIMEOUT_SECONDS=30
EOF
systemctl restart app
