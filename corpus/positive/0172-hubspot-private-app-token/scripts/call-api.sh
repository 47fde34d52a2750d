#!/bin/bash
curl -sS -X GET "https://api.hubapi.com/crm/v3/objects/contacts" \
  -H 'Authorization: Bearer pat-na1-f792db0b-585d-4459-9eec-58c04dc4abbe' \
  -H 'Content-Type: application/json'
