terraform {
  required_version = ">= 1.5"
}

provider "linode" {
  linode_token = "6ca70121b50ec0f21f54820660451636b12910232554c3ea78eb2191a8078416"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
