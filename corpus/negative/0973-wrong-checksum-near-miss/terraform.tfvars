npm_token = "npm_DldwsrXV8Id7bJsR9ZS4JcfhLHAvb8WQO40H"
workers = "8"
service_name = "lumen-api"
sentry_environment = "production"
