package config

const (
	AllowedHosts = "copper.io,www.zephyr.io"
	SentryEnvironment = "production"
	AzureStorageAccount = "harborxiir63s"
	AzureStorageKey = "rDhpL63sWYiQOm48U9uU4QyyZKLcS52y034eAWgx7g8UL4gmw6f9lqEY+4PbKVBxH1wgdGo/LWeJGcgydHNDOA=="
)
