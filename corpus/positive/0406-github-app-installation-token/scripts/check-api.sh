#!/bin/sh
# smoke test
curl -fsS -u 'summit_svc:ghs_hJuEVHE8NoMKgkw8Yd7upsutSwmwe54HDQ9N' \
  -X GET 'https://api.github.com/user/repos' | jq .
