#!/bin/bash
curl -sS -X GET "https://api.openai.com/v1/chat/completions" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
