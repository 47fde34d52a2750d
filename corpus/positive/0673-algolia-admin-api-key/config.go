package config

const (
	AlgoliaAdminApiKey = "21660411d9d1cf83890c1ebdaa02a892"
	AwsRegion = "eu-west-1"
	ApiBaseUrl = "https://api.falcon.io/v3"
)
