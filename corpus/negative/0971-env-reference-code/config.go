package config

import "os"

var (
	OpenaiApiKey = os.Getenv("OPENAI_API_KEY")
	Password = os.Getenv("DB_PASSWORD")
)
