#!/bin/sh
# smoke test
curl -fsS -u '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:' \
  -X GET 'https://api.stripe.com/v1/charges' | jq .
