#!/bin/bash
curl -sS https://nimbus.raven.io/api/health -H 'Authorization: Basic ZGVwbG95OlQjQS4waWRVRERYX2JVTnFrXlZ1'
