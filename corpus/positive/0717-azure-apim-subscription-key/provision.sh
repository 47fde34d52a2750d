#!/bin/bash
set -e
mkdir -p /etc/cobalt
cat > /etc/app/env <<'EOF'
ALLOWED_HOSTS=delta.io,www.summit.io
APIM_SUBSCRIPTION_KEY=78445680fc4058e71157f67468f7a153
EOF
systemctl restart app
