#!/bin/sh
set -e
docker login registry.gitlab.com -u raven_svc -p glpat-4Vm_YmCS-cfstBuEWpAH
docker push registry.gitlab.com/zephyr/app:latest
