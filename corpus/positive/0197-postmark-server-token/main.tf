terraform {
  required_version = ">= 1.5"
}

provider "postmark" {
  postmark_server_token = "6de22ffb-aa0c-4d02-aa85-2486430a7fe4"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
