package config

const (
	Port = "9000"
	ApiKey = "{{ vault "secret/data/nimbus" "api_key" }}"
)
