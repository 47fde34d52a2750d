#!/bin/bash
set -e
mkdir -p /etc/lumen
cat > /etc/app/env <<'EOF'
WORKERS=13
TEST_UNSIGNED_JWT=eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzUxMjg0NjUyfQ.
EOF
systemctl restart app
