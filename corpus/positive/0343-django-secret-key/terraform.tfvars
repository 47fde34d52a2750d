sentry_environment = "production"
tz = "Europe/Berlin"
django_secret_key = "2*2)5se7t+rqxgnl-phk1^(eyk3n@y3%%5(g&(0d^v)c0!2+fl"
