package config

const (
	Workers = "3"
	RepoUrl = "https://username:password@registry.example.net/v2/"
)
