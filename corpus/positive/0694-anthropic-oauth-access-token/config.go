package config

const (
	ClaudeCodeOauthToken = "sk-ant-oat01-QrnZg5lRqxCFUu74saujSW_yLcJymR5yOnwXDjtRUwcTTk6_mLNm4jDPucG4CxXMnfXT8rORpqA2OTDg_1XakurbbadPxDw"
	AppEnv = "staging"
	SentryEnvironment = "production"
)
