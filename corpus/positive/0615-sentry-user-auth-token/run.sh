#!/bin/bash
curl -sS -X GET "https://sentry.io/api/0/projects/" \
  -H 'Authorization: Bearer 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' \
  -H 'Content-Type: application/json'
