package config

import "os"

var (
	ClientSecret = os.Getenv("CLIENT_SECRET")
	Password = os.Getenv("DB_PASSWORD")
)
