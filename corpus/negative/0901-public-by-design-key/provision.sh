#!/bin/bash
set -e
mkdir -p /etc/acme
cat > /etc/app/env <<'EOF'
RECAPTCHA_SITE_KEY=6LurAVC39ZlPPsVD4hrEk__8Uvivb7D159uEfLwF
MAX_CONNECTIONS=100
EOF
systemctl restart app
