#!/bin/bash
curl -sS -X GET "https://api.cloudflare.com/client/v4/user/tokens/verify" \
  -H 'Authorization: Bearer 5_rQSjDqGSNk7OgsofC0vR7mU9D68I7bQcmfgaTS' \
  -H 'Content-Type: application/json'
