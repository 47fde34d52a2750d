#!/bin/bash
set -e
mkdir -p /etc/maple
cat > /etc/app/env <<'EOF'
ALLOWED_HOSTS=zephyr.io,www.cedar.io
AGORA_APP_CERTIFICATE=548d8c7877de6f7d3e183033c84d3ad0
EOF
systemctl restart app
