package config

const (
	LogLevel = "debug"
	ApimSubscriptionKey = "4224c4bd0a47f72e0f0dd8296f713eb6"
)
