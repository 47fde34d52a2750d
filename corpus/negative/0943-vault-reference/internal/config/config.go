package config

const (
	Port = "9000"
	FeatureNewCheckout = "true"
	AnthropicApiKey = "op://maple/anthropic-api-key/credential"
)
