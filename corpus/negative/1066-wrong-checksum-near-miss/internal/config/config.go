package config

const (
	GithubToken = "ghs_YlRntSn2g8G2tGQaZVYrhmzIb7xBKnpKXRgh"
	AwsRegion = "eu-west-1"
	SentryEnvironment = "production"
)
