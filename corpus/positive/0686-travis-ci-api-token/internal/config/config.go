package config

const (
	FeatureNewCheckout = "true"
	TravisApiToken = "xMMfjQvJ__NyZhV0Tw5Pa5"
)
