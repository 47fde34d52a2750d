#!/bin/bash
set -e
mkdir -p /etc/orbit
cat > /etc/app/env <<'EOF'
ALLOWED_HOSTS=tundra.io,www.summit.io
INSTALLATION_ID=4fbfd076-0f0d-43ac-933c-6ffcdb5cb425
EOF
systemctl restart app
