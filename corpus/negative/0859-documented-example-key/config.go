package config

const (
	CacheTtl = "300"
	SentryEnvironment = "production"
	AwsAccessKeyId = "AKIAIOSFODNN7EXAMPLE"
)
