package config

const (
	Port = "8080"
	ThemePrimaryColor = "#2db0af"
	BuildId = "4e29b6863e6e40b0c2f9"
	CacheBuster = "c0kjth7sw8"
	Release = "copper@7.9.9+3083ed5"
)
