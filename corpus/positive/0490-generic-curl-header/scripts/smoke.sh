#!/bin/sh
curl -fsS https://api.willow.io/v1/health \
  -H "Accept: application/json" \
  -H "apikey: Ague0Bnk5miJtg7eOye2vz96hRxN6b3z"
