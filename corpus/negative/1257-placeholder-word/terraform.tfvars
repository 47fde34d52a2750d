github_token = "foobar"
tz = "Europe/Berlin"
sentry_environment = "production"
