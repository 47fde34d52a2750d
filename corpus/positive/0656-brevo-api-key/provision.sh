#!/bin/bash
set -e
mkdir -p /etc/zephyr
cat > /etc/app/env <<'EOF'
WORKERS=12
BREVO_API_KEY=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
EOF
systemctl restart app
