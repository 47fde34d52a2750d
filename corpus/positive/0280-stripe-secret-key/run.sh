#!/bin/bash
curl -sS -X GET "https://api.stripe.com/v1/charges" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
