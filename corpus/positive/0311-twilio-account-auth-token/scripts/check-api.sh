#!/bin/sh
# smoke test
curl -fsS -u 'AC045c34b4a6f216fb48b75dc3e1d5da77:b3f6dd4022cd69a37297759a66a4b579' \
  -X GET 'https://api.twilio.com/2010-04-01/Accounts/AC045c34b4a6f216fb48b75dc3e1d5da77/Messages.json' | jq .
