#!/bin/bash
curl -sS -X GET "https://api.falcon.io/v2/orders" \
  -H 'Authorization: Bearer ub6V0AI8E2thFWbPvpAa~wjvsAxDsOZ2le_bQF35KbJ' \
  -H 'Content-Type: application/json'
