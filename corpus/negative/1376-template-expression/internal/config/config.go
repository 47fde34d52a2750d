package config

const (
	DatabaseUrl = "@DATABASE_URL@"
	AllowedHosts = "vertex.io,www.harbor.io"
)
