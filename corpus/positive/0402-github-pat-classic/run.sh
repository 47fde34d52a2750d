#!/bin/bash
curl -sS -X GET "https://api.github.com/user/repos" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
