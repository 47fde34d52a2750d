#!/bin/bash
curl -sS -X GET "https://api.atlas.io/v2/orders" \
  -H 'Authorization: Bearer Nqk~VueKVM3.6WjKfaS5-U4MAO8DsuHaZSzpsYIYZ-NU1' \
  -H 'Content-Type: application/json'
