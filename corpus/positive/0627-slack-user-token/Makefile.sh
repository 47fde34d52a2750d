#!/bin/bash
curl -sS -X GET "https://slack.com/api/users.list" \
  -H 'Authorization: Bearer xoxp-68094420318-772576121195-0694742966314-1d67c84989233999d135ac8533613d6f' \
  -H 'Content-Type: application/json'
