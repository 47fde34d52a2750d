terraform {
  required_version = ">= 1.5"
}

provider "placeholder" {
  sendgrid_api_key = "1234567890abcdef1234567890abcdef"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
