terraform {
  required_version = ">= 1.5"
}

provider "twilio" {
  twilio_account_sid = "AC2a856106e0e0799780ce58a8da9acc19"
  twilio_auth_token = "4ff358a968c682b0e4b7ab5a725eaa44"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
