#!/bin/bash
set -e
mkdir -p /etc/acme
cat > /etc/app/env <<'EOF'
VITE_MAPBOX_PUBLIC_TOKEN=pk.eyJ1IjoicGLjrWnS9lhbgIbtKHylkDNrnpTpFrg8BiL0P0qL.uEy3vsAKv5UTjNcy2rthqw
LOG_LEVEL=info
EOF
systemctl restart app
