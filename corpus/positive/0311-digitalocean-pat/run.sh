#!/bin/bash
curl -sS -X GET "https://api.digitalocean.com/v2/droplets" \
  -H 'Authorization: Bearer dop_v1_9b9654b6709459e75c07922fa6e27cef60e811f219a1d72b0ea042add7b3dbc0' \
  -H 'Content-Type: application/json'
