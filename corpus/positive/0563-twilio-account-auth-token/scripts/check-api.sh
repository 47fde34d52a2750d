#!/bin/sh
# smoke test
curl -fsS -u 'AC8928e40b55065e52c8aeb865173c8334:edf29f4265f64ea63e3261ecc6d737f7' \
  -X GET 'https://api.twilio.com/2010-04-01/Accounts/AC8928e40b55065e52c8aeb865173c8334/Messages.json' | jq .
