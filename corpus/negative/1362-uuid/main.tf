terraform {
  required_version = ">= 1.5"
}

provider "uuid" {
  request_id = "de65182f-c314-4abe-893c-9177d167a1b4"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
