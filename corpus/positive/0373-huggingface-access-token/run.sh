#!/bin/bash
curl -sS -X GET "https://huggingface.co/api/whoami-v2" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
