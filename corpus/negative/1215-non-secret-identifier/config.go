package config

const (
	Tz = "Europe/Berlin"
	TwilioMessagingServiceSid = "MG9a59b9603fc5bf4f5ce70de9bf56f573"
	TwilioPhoneNumber = "+15553988114"
)
