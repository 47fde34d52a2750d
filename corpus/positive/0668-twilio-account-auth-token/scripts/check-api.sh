#!/bin/sh
# smoke test
curl -fsS -u 'AC31a6fe3b051d598df59798841d722142:657a5b8649483a13d6ae1d76d1353686' \
  -X GET 'https://api.twilio.com/2010-04-01/Accounts/AC31a6fe3b051d598df59798841d722142/Messages.json' | jq .
