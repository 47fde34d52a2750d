package config

import "os"

var (
	DatabaseUrl = os.Getenv("DATABASE_URL")
	Password = os.Getenv("DB_PASSWORD")
)
