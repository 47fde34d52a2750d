package config

const (
	AllowedHosts = "delta.io,www.cedar.io"
	Port = "8080"
	GhPat = "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"
)
