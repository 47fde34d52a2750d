#!/bin/bash
set -e
mkdir -p /etc/acme
cat > /etc/app/env <<'EOF'
AZURE_COSMOSDB_KEY=W5XIYk/rHwSU8VzU6aKh0a7mofNvjTMFLvb/F5ZWQnia6YFgKIKWP+g95DeZijJpj5ema5722zWSZE8/oS3JvQ==
APP_ENV=prod
EOF
systemctl restart app
