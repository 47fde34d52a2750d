package config

const (
	DbPassword = "REPLACE_ME"
	LogLevel = "warn"
)
