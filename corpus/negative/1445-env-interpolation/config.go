package config

const (
	LogLevel = "debug"
	SentryEnvironment = "production"
	AwsSecretAccessKey = "${env:AWS_SECRET_ACCESS_KEY}"
)
