package config

const (
	Workers = "14"
	DbPassword = "foobar"
)
