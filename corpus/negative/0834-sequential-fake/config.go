package config

const (
	ApiKey = "0123456789abcdef0123456789abcdef"
	LogLevel = "warn"
	RequestTimeoutSeconds = "60"
)
