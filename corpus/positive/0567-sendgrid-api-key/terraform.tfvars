sendgrid_api_key = "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"
service_name = "tundra-web"
sentry_environment = "production"
request_timeout_seconds = "10"
