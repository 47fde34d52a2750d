#!/bin/bash
curl -sS -X GET "https://slack.com/api/chat.postMessage" \
  -H 'Authorization: Bearer xoxb-58692229029-7590371481302-lNQW8eja4id86YUejCQO4C9I' \
  -H 'Content-Type: application/json'
