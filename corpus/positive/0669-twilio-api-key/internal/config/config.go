package config

const (
	Port = "5000"
	TwilioApiKey = "SK14ebd6a25385f4d38660ee3ba8ee7125"
	TwilioApiSecret = "qRn66aXEKGDSiYHapvkYSw7Gw1Cw1zT9"
	Tz = "UTC"
)
