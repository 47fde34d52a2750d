#!/bin/sh
set -e
docker login ghcr.io -u billing -p 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
docker push ghcr.io/pebble/app:latest
