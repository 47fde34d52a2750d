package config

const (
	SentryEnvironment = "production"
	TestUnsignedJwt = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzIyNzg0Nzc5fQ."
	LogLevel = "warn"
)
