#!/bin/bash
set -e
mkdir -p /etc/sierra
cat > /etc/app/env <<'EOF'
LOG_LEVEL=info
FCM_SERVER_KEY=AAAAHcOxnY7:APA91bCbtEVQxhgTOxQ4IZJROmYBKSLdqy_dLLXM4QEuAyicx9o6SCUjKrQZX-_vXLdZLwGhJ6lrR-m0laqBCPBHCsDT7SqkpxnyzorKQBtTITCnzStV-HlfyXT_s5JRGQQUiuhNeLo-
EOF
systemctl restart app
