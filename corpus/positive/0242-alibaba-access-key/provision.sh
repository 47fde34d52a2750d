#!/bin/bash
set -e
mkdir -p /etc/acme
cat > /etc/app/env <<'EOF'
CACHE_TTL=3600
ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tFpC0XE4ZsDNpCWhi2t
ALIBABA_CLOUD_ACCESS_KEY_SECRET=BSIpNTi5DUUuNBPBRvtU0rEogbTt0V
EOF
systemctl restart app
