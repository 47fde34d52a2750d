#!/bin/bash
curl -sS https://harbor.willow.io/api/health -H 'Authorization: Basic ZXRsOi1GNE5NdEhtM25xNWhKR2M='
