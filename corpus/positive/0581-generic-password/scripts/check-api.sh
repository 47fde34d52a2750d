#!/bin/sh
# smoke test
curl -fsS -u 'deploy:CDg5bAspFJxbVsvz+qQT' \
  -X GET 'https://summit.internal.cobalt.io/api/v1/status' | jq .
