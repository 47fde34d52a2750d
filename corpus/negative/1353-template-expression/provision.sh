#!/bin/bash
set -e
mkdir -p /etc/pebble
cat > /etc/app/env <<'EOF'
DB_PASSWORD=@DB_PASSWORD@
SENTRY_ENVIRONMENT=production
EOF
systemctl restart app
