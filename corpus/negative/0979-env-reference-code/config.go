package config

import "os"

var (
	TwilioAuthToken = os.Getenv("TWILIO_AUTH_TOKEN")
	Password = os.Getenv("DB_PASSWORD")
)
