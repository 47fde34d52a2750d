#!/bin/bash
set -e
mkdir -p /etc/orbit
cat > /etc/app/env <<'EOF'
OPENAI_API_KEY=foobar
MAX_CONNECTIONS=20
EOF
systemctl restart app
