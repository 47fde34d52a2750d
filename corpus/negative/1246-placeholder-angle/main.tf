terraform {
  required_version = ">= 1.5"
}

provider "placeholder" {
  sendgrid_api_key = "<redacted>"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
