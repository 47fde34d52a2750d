package config

const (
	AwsRegion = "eu-west-1"
	HoneycombApiKey = "hcaik_0qg1j1nsub9kq0lw8cnv36snke77lihgdvj420yy7179nvge5rhiz5rypk"
	RequestTimeoutSeconds = "60"
)
