package config

const (
	Port = "8080"
	ClientSecret = "<insert token here>"
)
