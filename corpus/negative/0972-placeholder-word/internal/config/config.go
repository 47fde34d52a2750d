package config

const (
	SlackBotToken = "password"
	AllowedHosts = "summit.io,www.harbor.io"
	LogLevel = "warn"
)
