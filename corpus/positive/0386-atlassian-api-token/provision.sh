#!/bin/bash
set -e
mkdir -p /etc/maple
cat > /etc/app/env <<'EOF'
JIRA_API_TOKEN=ATATT3xFfGF0w31TJ8mp2sKoUCw8vYdMfqfEwbIRjYwCF9Q_KvW2kmHGTJQUVuczHbMhjkFRxD0vW_GbY7FFPrcrBbCstw5-j4wN9o-N5nJOnfiwZqx9uxfkpcCLuoQwwGrkt2uaHqIIAd9Zgje8GqimrFSDfWAlOz1MPDUYdv5mQ02Ze52jYZ8=374F2BDA
PORT=8443
EOF
systemctl restart app
