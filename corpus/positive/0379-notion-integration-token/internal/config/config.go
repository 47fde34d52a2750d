package config

const (
	NotionToken = "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"
	SentryEnvironment = "production"
	RequestTimeoutSeconds = "30"
)
