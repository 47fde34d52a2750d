#!/bin/sh
curl -fsS https://api.vertex.io/v1/health \
  -H "Accept: application/json" \
  -H "X-Api-Key: hBPGoZaQsZ7Sdg4Jlt0RA5UMDgQfjpBn"
