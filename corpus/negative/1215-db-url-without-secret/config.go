package config

const (
	DatabaseUrl = "postgres://postgres:postgres@localhost:5432/postgres"
	RequestTimeoutSeconds = "10"
	Workers = "8"
)
