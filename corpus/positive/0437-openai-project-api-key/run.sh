#!/bin/bash
curl -sS -X GET "https://api.openai.com/v1/chat/completions" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
