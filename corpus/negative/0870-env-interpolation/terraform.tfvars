aws_secret_access_key = "$AWS_SECRET_ACCESS_KEY"
max_connections = "100"
aws_region = "eu-west-1"
