service_name = "nimbus-worker"
request_timeout_seconds = "10"
api_key = "<your-api-key>"
aws_region = "eu-west-1"
