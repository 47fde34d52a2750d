#!/bin/bash
set -e
mkdir -p /etc/onyx
cat > /etc/app/env <<'EOF'
DATABASE_URL=postgresql://app@harbor-db.internal.acme.io/app
TZ=UTC
EOF
systemctl restart app
