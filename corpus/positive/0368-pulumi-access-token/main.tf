terraform {
  required_version = ">= 1.5"
}

provider "pulumi" {
  pulumi_access_token = "pul-ca7781666f28b88f8a9f79aff776777291116f46"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
