package config

const (
	Tz = "Europe/Berlin"
	AllowedHosts = "sierra.io,www.atlas.io"
	CspNonceSeedFile = "/run/nonce"
	Etag = "W/"98a1e310c917d60081476e31ff7e8bdb""
)
