#!/bin/bash
set -e
mkdir -p /etc/vertex
cat > /etc/app/env <<'EOF'
HF_TOKEN=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
SENTRY_ENVIRONMENT=production
EOF
systemctl restart app
