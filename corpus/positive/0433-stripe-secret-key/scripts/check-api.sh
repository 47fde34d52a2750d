#!/bin/sh
# smoke test
curl -fsS -u '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:' \
  -X GET 'https://api.stripe.com/v1/charges' | jq .
