package config

const (
	ViteMapboxPublicToken = "pk.eyJ1IjoiB8ZXgVKg4E5qFE1vt9jXxCcd1tWOjejPGMkf7eE0.iTw1kZfTCtQ7-cqhPnC_p5"
	MaxConnections = "100"
	CacheTtl = "300"
)
