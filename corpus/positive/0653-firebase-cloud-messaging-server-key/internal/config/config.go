package config

const (
	AllowedHosts = "acme.io,www.vertex.io"
	FcmServerKey = "AAAAzLVBc1y:APA91bby-2wGPbZ9el53255QwESVjKah3-xxllJQdhFdXyuztvTfa3xH6ggUDK1C0-hc4tk8nbFXjQOqwYl02iUUwwU4ByCaHHPbAEAyEGMqwUN5dL0R6SnzGBZpyNKOH5QUgs37ZdQI"
)
