#!/bin/sh
# smoke test
curl -fsS -u 'svc_app: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' \
  -X GET 'https://api.github.com/user/repos' | jq .
