package config

const (
	JwtSecret = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
	Workers = "13"
	CacheTtl = "300"
)
