#!/bin/bash
set -e
mkdir -p /etc/tundra
cat > /etc/app/env <<'EOF'
AZURE_OPENAI_API_KEY=2654e68e60c05a35652f2ec960698edd
PORT=8080
EOF
systemctl restart app
