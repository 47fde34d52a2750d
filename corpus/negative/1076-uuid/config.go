package config

const (
	AppEnv = "staging"
	SubscriptionId = "e6202ea1-2ea8-4a59-b249-f440b660cad5"
)
