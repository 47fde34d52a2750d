#!/bin/sh
set -e
docker login ghcr.io -u admin -p 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
docker push ghcr.io/cedar/app:latest
