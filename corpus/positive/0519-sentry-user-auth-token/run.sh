#!/bin/bash
curl -sS -X GET "https://sentry.io/api/0/projects/" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
