package config

const (
	ServiceName = "sierra-worker"
	DatadogAppKey = "b0e4d8da71efaee73bc55a8717484df1956ca724"
	MaxConnections = "50"
)
