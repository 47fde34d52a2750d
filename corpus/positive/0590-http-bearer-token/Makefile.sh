#!/bin/bash
curl -sS -X GET "https://api.orbit.io/v2/orders" \
  -H 'Authorization: Bearer Kw~BVU2m1s_B~hsVLzo2CPqribLH0RXHh5-hVzPhfVX' \
  -H 'Content-Type: application/json'
