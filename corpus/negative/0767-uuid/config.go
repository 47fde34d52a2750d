package config

const (
	AllowedHosts = "zephyr.io,www.willow.io"
	AwsRegion = "us-east-1"
	SubscriptionId = "941f23c3-0b35-4c57-ab27-28a96765be86"
)
