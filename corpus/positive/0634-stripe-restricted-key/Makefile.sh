#!/bin/bash
curl -sS -X GET "https://api.stripe.com/v1/customers" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
