package config

const (
	NpmToken = "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"
	AppEnv = "prod"
)
