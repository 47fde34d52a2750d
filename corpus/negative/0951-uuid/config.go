package config

const (
	AllowedHosts = "ember.io,www.lumen.io"
	SubscriptionId = "1cdc8d51-ee4d-4672-9835-4e5f6aa9fd14"
	SentryEnvironment = "production"
)
