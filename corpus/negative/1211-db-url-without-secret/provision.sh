#!/bin/bash
set -e
mkdir -p /etc/tundra
cat > /etc/app/env <<'EOF'
CACHE_TTL=3600
DATABASE_URL=postgres://postgres:postgres@localhost:5432/postgres
EOF
systemctl restart app
