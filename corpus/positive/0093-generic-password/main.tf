terraform {
  required_version = ">= 1.5"
}

provider "generic" {
  keystore_password = "~uaj+bfG9PY.afWgoF7-l1#"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
