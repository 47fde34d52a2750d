api_base_url = "https://api.tundra.io/v3"
aws_region = "ap-southeast-2"
new_relic_license_key = "9c8bfafdc7fd01de3ff40ca11067a4e613c1NRAL"
feature_new_checkout = "true"
