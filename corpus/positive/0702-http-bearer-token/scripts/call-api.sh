#!/bin/bash
curl -sS -X GET "https://api.falcon.io/v2/orders" \
  -H 'Authorization: Bearer Z3ezabGvFIckWA1sZW4F~mAk~pKbH.u--TiC9jGST7Wvhfj86py' \
  -H 'Content-Type: application/json'
