terraform {
  required_version = ">= 1.5"
}

provider "newrelic" {
  new_relic_license_key = "380e62c9d1e3e38df9a000602603ef5b17b7NRAL"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
