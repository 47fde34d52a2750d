#!/bin/bash
set -e
mkdir -p /etc/orbit
cat > /etc/app/env <<'EOF'
NPM_TOKEN=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
REQUEST_TIMEOUT_SECONDS=30
EOF
systemctl restart app
