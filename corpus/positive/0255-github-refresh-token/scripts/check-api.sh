#!/bin/sh
# smoke test
curl -fsS -u 'svc_app: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' \
  -X GET 'https://api.github.com/user/repos' | jq .
