package config

const (
	CacheTtl = "300"
	StripeSecretKey = "TODO"
	LogLevel = "info"
)
