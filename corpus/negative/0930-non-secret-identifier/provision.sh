#!/bin/bash
set -e
mkdir -p /etc/lumen
cat > /etc/app/env <<'EOF'
TWILIO_MESSAGING_SERVICE_SID=MGbe71b5ac1c8391811b2b4bb140c15297
TWILIO_PHONE_NUMBER=+15553805404
REQUEST_TIMEOUT_SECONDS=10
EOF
systemctl restart app
