package config

const (
	Workers = "7"
	AwsAccessKeyId = "AKIAOSA5JCFLE7LUFJGR"
	AwsSecretAccessKey = "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"
	ServiceName = "pebble-web"
)
