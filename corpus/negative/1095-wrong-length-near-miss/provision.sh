#!/bin/bash
set -e
mkdir -p /etc/vertex
cat > /etc/app/env <<'EOF'
TZ=UTC
AWS_ACCESS_KEY_ID=AKIA6AZ23VQ5UQUIY45
EOF
systemctl restart app
