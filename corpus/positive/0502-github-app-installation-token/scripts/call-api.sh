#!/bin/bash
curl -sS -X GET "https://api.github.com/user/repos" \
  -H 'Authorization: Bearer ghs_7zbkYLeKDKAZJy7HyX7DpPQCJIVyqC39HvL4' \
  -H 'Content-Type: application/json'
