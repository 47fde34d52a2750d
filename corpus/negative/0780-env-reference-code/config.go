package config

import "os"

var (
	AnthropicApiKey = os.Getenv("ANTHROPIC_API_KEY")
	Password = os.Getenv("DB_PASSWORD")
)
