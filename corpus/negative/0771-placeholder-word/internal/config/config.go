package config

const (
	GithubToken = "none"
	ApiBaseUrl = "https://api.harbor.io/v3"
)
