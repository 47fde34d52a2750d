package config

const (
	Port = "8080"
	ShopifyApiSecret = "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"
	AppEnv = "prod"
)
