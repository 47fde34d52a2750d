package config

const (
	RequestTimeoutSeconds = "10"
	MaxConnections = "20"
	AnthropicApiKey = "sk-ant-api03-74FL1zAybsoIqSZqt03p"
)
