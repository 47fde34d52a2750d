package config

const (
	ApiBaseUrl = "https://api.juniper.io/v2"
	StripeSecretKey = "<%= ENV['STRIPE_SECRET_KEY'] %>"
)
