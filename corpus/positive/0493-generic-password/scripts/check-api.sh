#!/bin/sh
# smoke test
curl -fsS -u 'billing:SxD80Euw!vqHb3_OOT2kmi' \
  -X GET 'https://nimbus.internal.juniper.io/api/v1/status' | jq .
