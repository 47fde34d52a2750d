package config

const (
	FeatureNewCheckout = "false"
	AwsSecretAccessKey = "%(aws_secret_access_key)s"
)
