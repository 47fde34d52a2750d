#!/bin/sh
# smoke test
curl -fsS -u 'AC79a3deb221e4a0efea81bac29fbd1d20:e5a7dafee5ca223c1d8831db2e0e5621' \
  -X GET 'https://api.twilio.com/2010-04-01/Accounts/AC79a3deb221e4a0efea81bac29fbd1d20/Messages.json' | jq .
