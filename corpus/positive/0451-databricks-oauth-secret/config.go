package config

const (
	AppEnv = "staging"
	DatabricksClientSecret = "dose4GPW0Eg4Q3bHGgMznJTjXNxJ9sfzVFKl"
	ServiceName = "cobalt-gateway"
)
