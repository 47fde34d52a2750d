#!/bin/bash
set -e
mkdir -p /etc/acme
cat > /etc/app/env <<'EOF'
PORT=9000
DATABASE_URL=postgres://user:password@localhost:5432/mydb
EOF
systemctl restart app
