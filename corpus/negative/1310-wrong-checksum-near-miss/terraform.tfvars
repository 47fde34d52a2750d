npm_token = "npm_G7ZZAur89Fdbvhk4QWVEfABVn4MmO2E6NWyT"
allowed_hosts = "harbor.io,www.orbit.io"
aws_region = "us-east-1"
port = "9000"
