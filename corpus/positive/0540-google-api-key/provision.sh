#!/bin/bash
set -e
mkdir -p /etc/acme
cat > /etc/app/env <<'EOF'
LOG_LEVEL=info
GOOGLE_MAPS_SERVER_KEY=AIzaDSxoMiIyNG37mkQLmGPO5bWfmjDKC0OrcoF
EOF
systemctl restart app
