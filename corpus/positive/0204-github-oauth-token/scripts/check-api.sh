#!/bin/sh
# smoke test
curl -fsS -u 'billing: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' \
  -X GET 'https://api.github.com/user/repos' | jq .
