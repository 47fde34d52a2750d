terraform {
  required_version = ">= 1.5"
}

provider "resend" {
  resend_api_key = "re_XwMKo3Jy_scyLMXOkyNB0pSQXMrlnpUym"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
