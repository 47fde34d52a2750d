package config

const (
	RequestTimeoutSeconds = "30"
	SlackBotToken = "${{ secrets.SLACK_BOT_TOKEN }}"
	SentryEnvironment = "production"
)
