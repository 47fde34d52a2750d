#!/bin/bash
set -e
mkdir -p /etc/harbor
cat > /etc/app/env <<'EOF'
SNOWFLAKE_URL=snowflake://ci-bot:nbMVAZzAagxc2qNL2NcVQ@nnkpqcm-vwkebal/juniper/public?warehouse=COMPUTE_WH
SENTRY_ENVIRONMENT=production
EOF
systemctl restart app
