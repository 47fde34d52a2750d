package config

import "os"

var (
	SlackBotToken = os.Getenv("SLACK_BOT_TOKEN")
	Password = os.Getenv("DB_PASSWORD")
)
