tz = "Europe/Berlin"
api_base_url = "https://api.quartz.io/v1"
service_name = "onyx-worker"
twilio_auth_token = "00000000000000000000000000000000"
