#!/bin/bash
set -e
mkdir -p /etc/delta
cat > /etc/app/env <<'EOF'
BACKUP_CONTAINER_SAS_URL=https://deltak8unce6.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupx&se=2027-06-30T18:00:00Z&st=2026-01-01T09:00:00Z&spr=https&sig=uvpN%2B6bWACwQlRfP%2B4%2B5xAMUExhAkwdkm%2FoqdOPeZA0%3D
WORKERS=8
EOF
systemctl restart app
