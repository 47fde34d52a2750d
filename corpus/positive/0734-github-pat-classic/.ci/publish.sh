#!/bin/sh
set -e
docker login ghcr.io -u ci-bot -p 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
docker push ghcr.io/delta/app:latest
