package config

const (
	ThemePrimaryColor = "#4025b0"
	BuildId = "b5cfba0898ba663fa809"
	CacheBuster = "pxzeoe790g"
	Release = "cobalt@2.3.3+81c5326"
	CacheTtl = "3600"
)
