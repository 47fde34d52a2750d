#!/bin/bash
set -e
mkdir -p /etc/lumen
cat > /etc/app/env <<'EOF'
FACEBOOK_PAGE_ACCESS_TOKEN=EAAGWYtaf7y5XOKvUGO2blOLSBA48g24afJnmrvPbry6HoahmrFKdkHhb2hSjrbzhCLzuwDq3ZAzby2gdT4uCUWaheD8BkA9LY6oy1AQDBLX0p4QBkjBqgiTcWsld6DOHYTwM7dBN52WCxKiy0I6hYQQ2JHl70Yn21tvwzIcnEME8iI4hHkTMoA5
LOG_LEVEL=info
EOF
systemctl restart app
