#!/bin/bash
curl -sS -X GET "https://api.openai.com/v1/embeddings" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
