package config

const (
	MaxConnections = "20"
	DatabaseUrl = "<insert token here>"
)
