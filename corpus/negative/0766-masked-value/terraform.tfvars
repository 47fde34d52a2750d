stripe_secret_key = "********"
aws_region = "eu-west-1"
