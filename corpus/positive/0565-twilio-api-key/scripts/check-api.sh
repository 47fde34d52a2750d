#!/bin/sh
# smoke test
curl -fsS -u 'SK8f62b0ca1c7e872518698d2e96a5a04f:3y2AbWoy8DFQWpAhswe9BsPqrvg72qD3' \
  -X GET 'https://api.twilio.com/2010-04-01/Accounts.json' | jq .
