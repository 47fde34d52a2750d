package config

import "os"

var (
	ApiKey = os.Getenv("API_KEY")
	Password = os.Getenv("DB_PASSWORD")
)
