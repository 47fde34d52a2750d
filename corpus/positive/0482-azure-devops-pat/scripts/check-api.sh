#!/bin/sh
# smoke test
curl -fsS -u ':mBJk5OwbKUG2jbATVmFkTYPdZhlPSonAMnnWdZbcJT1zHOkyM0yJJQQJ9Fdjz3FrB0ccsTT3CeTGAZDO49vW' \
  -X GET 'https://dev.azure.com/quartz/_apis/projects' | jq .
