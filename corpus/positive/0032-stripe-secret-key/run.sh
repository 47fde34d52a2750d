#!/bin/bash
curl -sS -X GET "https://api.stripe.com/v1/charges" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
