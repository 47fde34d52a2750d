log_level = "warn"
max_connections = "100"
openai_api_key = "xoxb-xxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"
aws_region = "ap-southeast-2"
