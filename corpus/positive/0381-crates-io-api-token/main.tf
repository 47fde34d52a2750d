terraform {
  required_version = ">= 1.5"
}

provider "crates" {
  cargo_registry_token = "cioIUEObhJsIWBjq9osYV0GbdtjDQK4KMhS"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
