#!/bin/bash
set -e
mkdir -p /etc/atlas
cat > /etc/app/env <<'EOF'
AIRTABLE_API_KEY=patWbita662vTNhvH.22a02e4c98d425837683f174a376c9d0ccb9f5830efbdb4bc3451b503b36b198
API_BASE_URL=https://api.cobalt.io/v1
EOF
systemctl restart app
