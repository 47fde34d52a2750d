#!/bin/bash
set -e
mkdir -p /etc/juniper
cat > /etc/app/env <<'EOF'
CSP_NONCE_SEED_FILE=/run/nonce
ETAG=W/"03b06130869be032c4b42d5112baa50c"
PORT=8443
EOF
systemctl restart app
