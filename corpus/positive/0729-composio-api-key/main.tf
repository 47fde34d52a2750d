terraform {
  required_version = ">= 1.5"
}

provider "composio" {
  composio_api_key = "ak_FJKwpA6B0CHrv6hagY6g"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
