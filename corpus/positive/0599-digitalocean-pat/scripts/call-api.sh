#!/bin/bash
curl -sS -X GET "https://api.digitalocean.com/v2/droplets" \
  -H 'Authorization: Bearer dop_v1_d855fe2dada84e9bc6bb9f4ba89728330a73c1946cf6dd8c9d96e880fb0b1190' \
  -H 'Content-Type: application/json'
