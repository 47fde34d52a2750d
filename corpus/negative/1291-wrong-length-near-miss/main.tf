terraform {
  required_version = ">= 1.5"
}

provider "wrong" {
  stripe_key = "sk_live_F6BD7MV7vhbK"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
