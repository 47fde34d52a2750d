#!/bin/bash
curl -sS -X GET "https://api.stripe.com/v1/customers" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
