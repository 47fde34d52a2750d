#!/bin/bash
curl -sS -X GET "https://gitlab.com/api/v4/projects" \
  -H 'Authorization: Bearer glpat-hZZxb7K_OBZxp9-0mgpN' \
  -H 'Content-Type: application/json'
