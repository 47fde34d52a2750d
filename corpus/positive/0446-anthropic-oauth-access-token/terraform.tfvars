claude_code_oauth_token = "sk-ant-oat01-AmrKq61Xu-7AYpA8mxbcZK-So5gL6SKQhLYlp3GVVqf-JPJNftO6ZXFtgguvUAmpAg1NN87w3zXjwp4S3A-ZALqY6W9mVEf"
workers = "16"
feature_new_checkout = "true"
sentry_environment = "production"
