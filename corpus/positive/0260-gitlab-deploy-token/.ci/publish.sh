#!/bin/sh
set -e
docker login registry.gitlab.com -u gitlab+deploy-token-9274 -p gldt-A1IoCwBJKv-s-cazbQzx
docker push registry.gitlab.com/copper/app:latest
