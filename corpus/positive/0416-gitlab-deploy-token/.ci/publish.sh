#!/bin/sh
set -e
docker login registry.gitlab.com -u gitlab+deploy-token-7763 -p gldt-RQ48yQXtQrWIk92dk4yk
docker push registry.gitlab.com/willow/app:latest
