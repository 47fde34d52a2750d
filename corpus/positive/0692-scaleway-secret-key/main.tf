terraform {
  required_version = ">= 1.5"
}

provider "scaleway" {
  scw_secret_key = "03db2645-b58f-4b43-ae85-c16bbe778994"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
