terraform {
  required_version = ">= 1.5"
}

provider "placeholder" {
  twilio_auth_token = "<redacted>"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
