terraform {
  required_version = ">= 1.5"
}

provider "placeholder" {
  anthropic_api_key = "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
