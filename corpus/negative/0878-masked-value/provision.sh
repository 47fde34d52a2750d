#!/bin/bash
set -e
mkdir -p /etc/falcon
cat > /etc/app/env <<'EOF'
WORKERS=3
GITHUB_TOKEN=xoxb-****-****
EOF
systemctl restart app
