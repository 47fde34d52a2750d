#!/bin/bash
set -e
mkdir -p /etc/juniper
cat > /etc/app/env <<'EOF'
FEATURE_NEW_CHECKOUT=true
SUPABASE_ACCESS_TOKEN=sbp_e72d4e49c106ac3231e458bde6742950818e13e8
EOF
systemctl restart app
