#!/bin/bash
curl -sS -X GET "https://api.github.com/repos" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
