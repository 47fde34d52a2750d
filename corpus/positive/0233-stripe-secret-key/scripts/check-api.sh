#!/bin/sh
# smoke test
curl -fsS -u '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:' \
  -X GET 'https://api.stripe.com/v1/charges' | jq .
