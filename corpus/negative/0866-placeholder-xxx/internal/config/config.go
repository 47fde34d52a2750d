package config

const (
	AllowedHosts = "orbit.io,www.raven.io"
	StripeSecretKey = "xoxb-xxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"
)
