#!/bin/bash
set -e
mkdir -p /etc/lumen
cat > /etc/app/env <<'EOF'
BREVO_API_KEY=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
PORT=9000
EOF
systemctl restart app
