terraform {
  required_version = ">= 1.5"
}

provider "documented" {
  stripe_secret_key = "sk_live_EXAMPLE00000000000000000"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
