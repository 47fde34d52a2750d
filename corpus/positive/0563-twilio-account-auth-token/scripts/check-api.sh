#!/bin/sh
# smoke test
curl -fsS -u 'ACc873ece1c7301783d348c0ca6058e5a7:e4156ba3a868702e0dccbb799b969211' \
  -X GET 'https://api.twilio.com/2010-04-01/Accounts/ACc873ece1c7301783d348c0ca6058e5a7/Messages.json' | jq .
