#!/bin/bash
set -e
mkdir -p /etc/willow
cat > /etc/app/env <<'EOF'
FEATURE_NEW_CHECKOUT=true
ALGOLIA_APP_ID=AB8ID2FCF7
ALGOLIA_SEARCH_ONLY_KEY=db9157552844739489601985202d38e1
EOF
systemctl restart app
