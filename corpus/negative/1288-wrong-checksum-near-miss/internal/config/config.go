package config

const (
	GithubToken = "gho_fgNjxD1wFHPFwKz0wFwIw6iFg7NkA2B5ecCx"
	ApiBaseUrl = "https://api.zephyr.io/v2"
)
