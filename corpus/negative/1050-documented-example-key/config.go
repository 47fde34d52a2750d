package config

const (
	StripeSecretKey = "sk_live_EXAMPLE00000000000000000"
	RequestTimeoutSeconds = "30"
)
