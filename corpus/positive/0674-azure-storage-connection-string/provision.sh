#!/bin/bash
set -e
mkdir -p /etc/onyx
cat > /etc/app/env <<'EOF'
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=harbor6di1q;AccountKey=zef9IyKCcrwLAnba4yjeqv8RWl/L4cZ95MZY2E3zJU1v08Fm/UdKAO60rYl3ICkKBqy0LmBFkLOLM31XDlw0Yw==;EndpointSuffix=core.windows.net
PORT=8443
EOF
systemctl restart app
