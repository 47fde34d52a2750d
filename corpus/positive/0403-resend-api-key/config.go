package config

const (
	SentryEnvironment = "production"
	Workers = "7"
	ResendApiKey = "re_2yTymER3_myvwPW35qk05NifFwi8biuge"
)
