#!/bin/bash
set -e
mkdir -p /etc/sierra
cat > /etc/app/env <<'EOF'
OPENAI_API_KEY=%(openai_api_key)s
FEATURE_NEW_CHECKOUT=false
EOF
systemctl restart app
