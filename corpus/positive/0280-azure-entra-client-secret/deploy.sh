#!/usr/bin/env bash
set -euo pipefail

export MAX_CONNECTIONS="50"
export WORKERS='12'
export ALLOWED_HOSTS="harbor.io,www.juniper.io"
export AZURE_CLIENT_SECRET="jVc2Q~hOKVkhcjVm3JZKk1Ni5ZAkgqW~q-b0HC89"
export AZURE_CLIENT_ID="03e11ae1-94e8-42eb-8c26-d6549495dc8b"

exec ./bin/copper-server "$@"
