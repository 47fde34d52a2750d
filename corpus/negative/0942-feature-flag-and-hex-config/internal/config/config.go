package config

const (
	AwsRegion = "eu-west-1"
	ThemePrimaryColor = "#3e0e04"
	BuildId = "d058ee29c9724eca9f65"
	CacheBuster = "k6ugx03ld4"
	Release = "harbor@9.4.1+45e5890"
)
