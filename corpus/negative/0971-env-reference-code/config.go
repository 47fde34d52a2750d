package config

import "os"

var (
	DbPassword = os.Getenv("DB_PASSWORD")
	Password = os.Getenv("DB_PASSWORD")
)
