terraform {
  required_version = ">= 1.5"
}

provider "vultr" {
  vultr_api_key = "NW4O07O9JPNKGSXRMN338QSFMY016T7Z7PP1"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
