terraform {
  required_version = ">= 1.5"
}

provider "wrong" {
  anthropic_api_key = "sk-ant-api03-rDrUIMjJ6UsydljxfXjB"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
