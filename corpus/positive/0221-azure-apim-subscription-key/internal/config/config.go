package config

const (
	ApimSubscriptionKey = "b5aa8984c397eaeda22e33667a182883"
	AwsRegion = "eu-west-1"
)
