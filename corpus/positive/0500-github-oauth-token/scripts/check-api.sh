#!/bin/sh
# smoke test
curl -fsS -u 'svc_app: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' \
  -X GET 'https://api.github.com/user/repos' | jq .
