twilio_auth_token = "${TWILIO_AUTH_TOKEN}"
sentry_environment = "production"
