#!/bin/sh
# smoke test
curl -fsS -u 'svc_app:ghu_VA43QZyjRppilmrWrBhfJ1CNo9qnGY312Or2' \
  -X GET 'https://api.github.com/user/repos' | jq .
