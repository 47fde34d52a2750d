package config

import "os"

var (
	AwsSecretAccessKey = os.Getenv("AWS_SECRET_ACCESS_KEY")
	Password = os.Getenv("DB_PASSWORD")
)
