package config

import "os"

var (
	StripeSecretKey = os.Getenv("STRIPE_SECRET_KEY")
	Password = os.Getenv("DB_PASSWORD")
)
