sentry_environment = "production"
ft_client_secret = "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"
log_level = "warn"
