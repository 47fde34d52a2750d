package config

const (
	CacheTtl = "3600"
	CorrelationId = "beb51f61-105d-4d48-86f3-e0fec01eadd4"
	Workers = "14"
)
