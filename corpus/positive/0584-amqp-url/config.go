package config

const (
	Port = "3000"
	AppEnv = "production"
	AmqpUrl = "amqps://deploy:SA%24K1jyCDg5bAspFJxbVsvzqQ@cobalt-db.internal.copper.io:5671/vhost"
)
