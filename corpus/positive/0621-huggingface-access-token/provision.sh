#!/bin/bash
set -e
mkdir -p /etc/atlas
cat > /etc/app/env <<'EOF'
HF_TOKEN=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
AWS_REGION=ap-southeast-2
EOF
systemctl restart app
