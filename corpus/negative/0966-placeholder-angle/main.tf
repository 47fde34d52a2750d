terraform {
  required_version = ">= 1.5"
}

provider "placeholder" {
  database_url = "<password>"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
