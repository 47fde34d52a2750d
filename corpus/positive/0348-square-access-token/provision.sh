#!/bin/bash
set -e
mkdir -p /etc/copper
cat > /etc/app/env <<'EOF'
SERVICE_NAME=falcon-gateway
SQUARE_ACCESS_TOKEN=EAAAoFHBZcoT5bGPxF0hYuMu9T97Sp96EiouduwvK_9KHimN45loZZSJ7J6alhm9
EOF
systemctl restart app
