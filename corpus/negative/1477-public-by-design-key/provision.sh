#!/bin/bash
set -e
mkdir -p /etc/cedar
cat > /etc/app/env <<'EOF'
TZ=Europe/Berlin
ALGOLIA_APP_ID=7QF7N7NSU0
ALGOLIA_SEARCH_ONLY_KEY=eef165032f1b5ff9f5e336d51b7fbd32
EOF
systemctl restart app
