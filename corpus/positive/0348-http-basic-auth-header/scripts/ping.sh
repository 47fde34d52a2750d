#!/bin/bash
curl -sS https://raven.acme.io/api/health -H 'Authorization: Basic YXBwX3J3Ok9fKkMwakJMTEFfYWIqRF9zQ0hsfg=='
