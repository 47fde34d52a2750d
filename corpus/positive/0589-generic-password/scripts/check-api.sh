#!/bin/sh
# smoke test
curl -fsS -u 'deploy:Bd_-JwUKAVHfSgjLmF02L0_p' \
  -X GET 'https://cedar.internal.harbor.io/api/v1/status' | jq .
