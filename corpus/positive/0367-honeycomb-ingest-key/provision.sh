#!/bin/bash
set -e
mkdir -p /etc/orbit
cat > /etc/app/env <<'EOF'
FEATURE_NEW_CHECKOUT=false
HONEYCOMB_API_KEY=hcaik_8jsbwojy1e2bedpzjyf2x3bllw6r9ge5ynmxkdn7mi682inygqzebpae86
EOF
systemctl restart app
