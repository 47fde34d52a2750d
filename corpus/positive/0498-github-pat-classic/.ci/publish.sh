#!/bin/sh
set -e
docker login ghcr.io -u billing -p 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
docker push ghcr.io/delta/app:latest
