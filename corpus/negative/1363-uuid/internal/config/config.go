package config

const (
	DeviceId = "a2063c36-845a-4911-ba98-c066268bcb62"
	AwsRegion = "ap-southeast-2"
	RequestTimeoutSeconds = "60"
)
