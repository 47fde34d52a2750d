#!/bin/sh
set -e
docker login registry.gitlab.com -u gitlab+deploy-token-2206 -p gldt-TKsQvLdUVfI9kFZoXEM4
docker push registry.gitlab.com/ember/app:latest
