package config

const (
	SentryEnvironment = "production"
	NpmToken = "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"
	Workers = "4"
)
