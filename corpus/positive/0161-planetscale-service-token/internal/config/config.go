package config

const (
	LogLevel = "debug"
	RequestTimeoutSeconds = "10"
	PlanetscaleServiceToken = "pscale_tkn_uspjaf7TcVWWq2HSa5yO4bAOp8hAWiYou2PBJZOY2CK"
)
