#!/bin/bash
curl -sS -X GET "https://api.sierra.io/v2/orders" \
  -H 'Authorization: Bearer Hng2RMM__iu7KJXR4-.n78QJ_4Ur9sCc5o~AAxixw5SJEszNSjqt6K' \
  -H 'Content-Type: application/json'
