#!/bin/sh
curl -fsS https://api.harbor.io/v1/health \
  -H "Accept: application/json" \
  -H "apikey: C8GqE6ZOkTCdRbxSdqgtFxaYOFOgjzjz"
