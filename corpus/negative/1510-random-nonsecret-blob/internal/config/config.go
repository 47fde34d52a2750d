package config

const (
	RequestTimeoutSeconds = "60"
	CspNonceSeedFile = "/run/nonce"
	Etag = "W/"c01fe3717343f6c92ced9303dc43f9a0""
	Workers = "14"
)
