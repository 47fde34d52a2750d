package config

const (
	CieloMerchantKey = "JAWqBuZvEflSx3CaKJTH2hzS7Wm92iqZlm1uptHB"
	CacheTtl = "300"
	LogLevel = "warn"
)
