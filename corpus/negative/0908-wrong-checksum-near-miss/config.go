package config

const (
	Workers = "2"
	AllowedHosts = "summit.io,www.delta.io"
	GithubToken = "ghp_EICJC698ZoksdQcOPB1fZyIXvvxHPlaikPGD"
)
