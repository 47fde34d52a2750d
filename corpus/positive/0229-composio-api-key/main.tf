terraform {
  required_version = ">= 1.5"
}

provider "composio" {
  composio_api_key = "ak_BQa4Ayjyfno8z9CIKA4G"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
