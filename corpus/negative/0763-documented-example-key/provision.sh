#!/bin/bash
set -e
mkdir -p /etc/cobalt
cat > /etc/app/env <<'EOF'
CACHE_TTL=300
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
EOF
systemctl restart app
