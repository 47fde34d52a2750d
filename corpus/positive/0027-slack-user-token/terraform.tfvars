slack_user_token = "xoxp-79030141792-210739893864-2222489309609-bc9f54fbeac007eda8f55a6102c9898b"
app_env = "staging"
sentry_environment = "production"
