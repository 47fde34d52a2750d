#!/bin/bash
set -e
mkdir -p /etc/orbit
cat > /etc/app/env <<'EOF'
ALLOWED_HOSTS=copper.io,www.quartz.io
TEST_UNSIGNED_JWT=eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzIyNjc1MTk3fQ.
EOF
systemctl restart app
