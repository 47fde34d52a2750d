#!/bin/bash
set -e
mkdir -p /etc/willow
cat > /etc/app/env <<'EOF'
WORKSPACE_ID=fc472235-47d1-4a8a-b17a-203a3a0a28ad
REQUEST_TIMEOUT_SECONDS=30
EOF
systemctl restart app
