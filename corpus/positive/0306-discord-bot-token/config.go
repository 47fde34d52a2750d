package config

const (
	DiscordBotToken = "MzM3NzQ5OTc5ODQ1NjAwMzM5MQ.RvacAl.SVl5eUwAfnII9oa4Iey79ZA6iEG_KElpG3cJsC"
	Tz = "UTC"
)
