#!/bin/bash
set -e
mkdir -p /etc/sierra
cat > /etc/app/env <<'EOF'
MISTRAL_API_KEY=00VujjJpae4awjw5ehFIM2S2Ob9253iJ
TZ=Europe/Berlin
EOF
systemctl restart app
