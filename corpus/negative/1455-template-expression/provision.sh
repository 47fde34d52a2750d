#!/bin/bash
set -e
mkdir -p /etc/nimbus
cat > /etc/app/env <<'EOF'
AWS_REGION=eu-west-1
GITHUB_TOKEN=#{GITHUB_TOKEN}
EOF
systemctl restart app
