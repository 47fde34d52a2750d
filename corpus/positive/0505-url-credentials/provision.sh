#!/bin/bash
set -e
mkdir -p /etc/atlas
cat > /etc/app/env <<'EOF'
CACHE_TTL=300
MAVEN_REPO_URL=https://billing:9Qk5xgFGyMz5IgUp5tegV@artifactory.vertexcorp.net/repository/releases/
EOF
systemctl restart app
