#!/bin/sh
# smoke test
curl -fsS -u 'ci-bot:RYHPcJ!P-X#zW6PfGRwg' \
  -X GET 'https://raven.internal.copper.io/api/v1/status' | jq .
