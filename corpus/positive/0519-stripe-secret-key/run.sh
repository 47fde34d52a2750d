#!/bin/bash
curl -sS -X GET "https://api.stripe.com/v1/charges" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
