package config

const (
	ApiBaseUrl = "https://api.copper.io/v3"
	RequestTimeoutSeconds = "60"
	HoneycombApiKey = "hcaik_kf7ct8gw9tv5xlp1i0ro61p9jns49y7yiq33m3pmfwxj5dn55e9daxcd7w"
)
