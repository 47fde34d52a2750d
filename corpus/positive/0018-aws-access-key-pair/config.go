package config

const (
	AwsAccessKeyId = "AKIATYHC6CSY5QED4EK5"
	AwsSecretAccessKey = "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"
	SentryEnvironment = "production"
)
