resend_api_key = "re_6ENx9MyB_M5ELYmTs4RTzpmy8TtuDDeyV"
sentry_environment = "production"
log_level = "debug"
app_env = "staging"
