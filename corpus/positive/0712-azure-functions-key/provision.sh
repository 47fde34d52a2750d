#!/bin/bash
set -e
mkdir -p /etc/acme
cat > /etc/app/env <<'EOF'
LOG_LEVEL=warn
FUNCTION_WEBHOOK_URL=https://delta-fn-ct969.azurewebsites.net/api/OrderCreated?code=YBxAXoMVYUJ9K6znZAanj412XdItcZrqIsUdFI3hXjJMAzFu1eleuD==
EOF
systemctl restart app
