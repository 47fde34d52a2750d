#!/bin/sh
# smoke test
curl -fsS -u 'api:key-65e52c8aeb865173c8334edf29f4265f' \
  -X GET 'https://api.mailgun.net/v3/mg.raven.io/messages' | jq .
