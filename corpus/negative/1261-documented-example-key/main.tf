terraform {
  required_version = ">= 1.5"
}

provider "documented" {
  aws_access_key_id = "AKIAIOSFODNN7EXAMPLE"
  aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
