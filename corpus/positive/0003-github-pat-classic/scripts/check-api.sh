#!/bin/sh
# smoke test
curl -fsS -u 'billing: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' \
  -X GET 'https://api.github.com/user/repos' | jq .
