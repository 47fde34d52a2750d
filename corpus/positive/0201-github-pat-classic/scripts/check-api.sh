#!/bin/sh
# smoke test
curl -fsS -u 'svc_app: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' \
  -X GET 'https://api.github.com/user/repos' | jq .
