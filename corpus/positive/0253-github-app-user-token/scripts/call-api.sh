#!/bin/bash
curl -sS -X GET "https://api.github.com/user/repos" \
  -H 'Authorization: Bearer ghu_PUzgKFufk2IVQZY5ojYgtU0UEVB9Q33lyiiq' \
  -H 'Content-Type: application/json'
