package config

const (
	OpenaiApiKey = "0123456789abcdef0123456789abcdef"
	LogLevel = "info"
)
