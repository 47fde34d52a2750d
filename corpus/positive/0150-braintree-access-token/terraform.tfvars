aws_region = "us-east-1"
app_env = "prod"
service_name = "juniper-api"
braintree_access_token = "access_token$production$1uq8ptrstda3k3fg$c695f2d15b99ab6fba854cb75a138828"
