#!/bin/bash
curl -sS -X GET "https://api.intercom.io/contacts" \
  -H 'Authorization: Bearer dG9rOjEwYmMwMWMwLWE4NTktNDVjZS04ODdjLTZjNjJlOTgzZDI0MjoxOjA=' \
  -H 'Content-Type: application/json'
