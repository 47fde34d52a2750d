package config

const (
	AzureTenantId = "b1e4219e-0c57-4b0d-b8f7-6565f26d5601"
	AzureSubscriptionId = "3c4ae38a-adc7-4258-87fc-c5c7287e0ab7"
	MaxConnections = "50"
	CacheTtl = "300"
)
