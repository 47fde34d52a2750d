#!/bin/sh
set -e
docker login registry.gitlab.com -u ci-bot -p glpat-3V6V9HttZnogKFB0nFiV
docker push registry.gitlab.com/willow/app:latest
