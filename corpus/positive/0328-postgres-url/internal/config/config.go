package config

const (
	ApiBaseUrl = "https://api.ember.io/v1"
	MaxConnections = "50"
	DatabaseUrl = "postgresql://deploy:~fgthWjoI23tOz6@pebble-8.prod.summit.com:5432/app_production"
)
