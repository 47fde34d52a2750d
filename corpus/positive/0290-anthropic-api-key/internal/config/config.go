package config

const (
	RequestTimeoutSeconds = "30"
	AnthropicApiKey = "sk-ant-api03-roqVqhYk-SdWxrRym1UJYo6kbSBVk6sdjHvLkWQg0TcnrQLuRUWjGPh1ebjRCNEf0kiNZfyaSWr09UNSDMK2KIO4BRj6OAA"
)
