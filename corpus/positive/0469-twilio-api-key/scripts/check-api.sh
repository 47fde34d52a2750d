#!/bin/sh
# smoke test
curl -fsS -u 'SKdb82c6d86588034c6bcbc36acfd5b91e:Svxn7zpAqKkVq6QSXaRvSGfOhf5u6QKU' \
  -X GET 'https://api.twilio.com/2010-04-01/Accounts.json' | jq .
