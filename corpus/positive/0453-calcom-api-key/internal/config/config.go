package config

const (
	CalApiKey = "cal_live_845b8c26ea76f644fbb0f1faa0651e70"
	LogLevel = "warn"
	MaxConnections = "50"
)
