#!/bin/bash
curl -sS -X GET "https://registry.npmjs.org/-/whoami" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
