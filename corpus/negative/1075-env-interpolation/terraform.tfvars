tz = "UTC"
aws_secret_access_key = "${AWS_SECRET_ACCESS_KEY}"
port = "8443"
