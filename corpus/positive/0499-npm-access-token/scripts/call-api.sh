#!/bin/bash
curl -sS -X GET "https://registry.npmjs.org/-/whoami" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
