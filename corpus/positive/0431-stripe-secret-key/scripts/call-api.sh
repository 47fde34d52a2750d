#!/bin/bash
curl -sS -X GET "https://api.stripe.com/v1/charges" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
