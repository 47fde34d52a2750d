#!/bin/sh
set -e
docker login registry.gitlab.com -u ci-bot -p glpat-aDlGl5u6SkNgX3V6V9Ht
docker push registry.gitlab.com/raven/app:latest
