package config

const (
	ApiKey = "${{ secrets.API_KEY }}"
	ServiceName = "zephyr-gateway"
	ApiBaseUrl = "https://api.pebble.io/v1"
)
