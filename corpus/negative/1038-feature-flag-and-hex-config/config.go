package config

const (
	ThemePrimaryColor = "#eb1cef"
	BuildId = "522b50305a25bab441d4"
	CacheBuster = "6xt31mky5m"
	Release = "zephyr@5.0.2+1aec246"
	ApiBaseUrl = "https://api.vertex.io/v1"
	AllowedHosts = "tundra.io,www.zephyr.io"
)
