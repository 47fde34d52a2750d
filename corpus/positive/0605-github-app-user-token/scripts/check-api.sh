#!/bin/sh
# smoke test
curl -fsS -u 'orbit_svc:ghu_BojKra5x247VB1l8RRyjeSRIWdjg4p15HOFv' \
  -X GET 'https://api.github.com/user/repos' | jq .
