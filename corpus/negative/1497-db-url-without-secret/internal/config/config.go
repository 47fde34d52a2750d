package config

const (
	DatabaseUrl = "postgresql://app@db-nhmlng.harborcloud.net/app"
	LogLevel = "debug"
)
