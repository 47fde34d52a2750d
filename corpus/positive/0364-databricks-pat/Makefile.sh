#!/bin/bash
curl -sS -X GET "https://adb-7051321883528505.7.azuredatabricks.net/api/2.0/clusters/list" \
  -H 'Authorization: Bearer dapiaeabaf2dfcbabbdcd9943986b3d430fe' \
  -H 'Content-Type: application/json'
