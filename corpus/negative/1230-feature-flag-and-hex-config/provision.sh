#!/bin/bash
set -e
mkdir -p /etc/raven
cat > /etc/app/env <<'EOF'
FEATURE_NEW_CHECKOUT=true
THEME_PRIMARY_COLOR=#d1dafc
BUILD_ID=074e359cd1ab09d1f68b
CACHE_BUSTER=53pmjja0if
RELEASE=summit@3.7.3+98704cc
EOF
systemctl restart app
