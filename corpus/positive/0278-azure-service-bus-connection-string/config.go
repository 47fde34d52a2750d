package config

const (
	Tz = "Europe/Berlin"
	ServicebusConnection = "Endpoint=sb://pebble-zdgy.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=xiq2HAXneyN7cHjiaQb315ISyfNy8k+4HZvNs1jV9HQ="
)
