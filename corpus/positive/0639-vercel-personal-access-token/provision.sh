#!/bin/bash
set -e
mkdir -p /etc/ember
cat > /etc/app/env <<'EOF'
VERCEL_TOKEN=vcp_dTsTaketkUW0WlTqlvkrTT8BcIn-hWrIuWAiGnariStX5eH66shEo4Ov
TZ=Europe/Berlin
EOF
systemctl restart app
