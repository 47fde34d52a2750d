terraform {
  required_version = ">= 1.5"
}

provider "sequential" {
  database_url = "aaaaaaaabbbbbbbbccccccccdddddddd"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
