#!/bin/sh
# smoke test
curl -fsS -u ':tN7ImjyM29AWXZGxc7m41nI72BIVV2uM3NJgp7QaDA2WIGOCwNSBJQQJ9zehrd3ZAFS4uNAAruxHAZDOLjQ5' \
  -X GET 'https://dev.azure.com/onyx/_apis/projects' | jq .
