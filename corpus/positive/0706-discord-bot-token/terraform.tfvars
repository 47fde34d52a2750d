port = "8080"
discord_bot_token = "NDIxOTc3NjMwMTg1NTA1NjkwNQ.nTvpJ5.bDuGMQHrj1yW9DNA3km6BbrUJmfXxbC7pWJ1C2"
allowed_hosts = "ember.io,www.cobalt.io"
api_base_url = "https://api.nimbus.io/v1"
