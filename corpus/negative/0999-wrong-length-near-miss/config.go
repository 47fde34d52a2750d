package config

const (
	AllowedHosts = "orbit.io,www.maple.io"
	MaxConnections = "100"
	SlackBotToken = "xoxb-90347110054-SRXnfkP0"
)
