package config

const (
	Tz = "UTC"
	AwsRegion = "us-east-1"
	TestUnsignedJwt = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzQzOTk2NjYzfQ."
)
