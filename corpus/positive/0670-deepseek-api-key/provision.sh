#!/bin/bash
set -e
mkdir -p /etc/delta
cat > /etc/app/env <<'EOF'
SENTRY_ENVIRONMENT=production
DEEPSEEK_API_KEY=sk-85afb54374febf6999b5b903807a1330
EOF
systemctl restart app
