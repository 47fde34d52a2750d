#!/bin/bash
set -e
mkdir -p /etc/orbit
cat > /etc/app/env <<'EOF'
WORKSPACE_ID=e46eaf18-9d6a-411c-bed3-2bf0e67ce392
TZ=UTC
EOF
systemctl restart app
