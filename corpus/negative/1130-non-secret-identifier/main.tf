terraform {
  required_version = ">= 1.5"
}

provider "non" {
  twilio_messaging_service_sid = "MG62641d0ae542c0f50839f887aa1dd69a"
  twilio_phone_number = "+15557777584"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
