package config

const (
	ThemePrimaryColor = "#7f479f"
	BuildId = "34dfa6e613c27c4ebba6"
	CacheBuster = "llbvqvsbrw"
	Release = "lumen@6.4.9+7772aca"
	CacheTtl = "3600"
	ApiBaseUrl = "https://api.acme.io/v3"
)
