#!/bin/bash
curl -sS -X GET "https://api.openai.com/v1/embeddings" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
