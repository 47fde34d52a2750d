#!/bin/sh
set -e
docker login registry.gitlab.com -u svc_app -p glpat-YG8DOKa99JrNRmf6Vh9D
docker push registry.gitlab.com/raven/app:latest
