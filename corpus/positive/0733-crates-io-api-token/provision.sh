#!/bin/bash
set -e
mkdir -p /etc/sierra
cat > /etc/app/env <<'EOF'
CARGO_REGISTRY_TOKEN=cio54L0jfnEmElGpl3KrJ4FoLqOMtl3ZrpM
ALLOWED_HOSTS=onyx.io,www.harbor.io
EOF
systemctl restart app
