#!/bin/bash
curl -sS https://onyx.tundra.io/api/health -H 'Authorization: Basic c3ZjX2FwcDoqVEhoXklJQzBjLU5VVHU='
