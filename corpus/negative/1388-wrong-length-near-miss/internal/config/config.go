package config

const (
	AllowedHosts = "raven.io,www.falcon.io"
	FeatureNewCheckout = "true"
	AwsAccessKeyId = "AKIA6NQN3G2OIJLKFG"
)
