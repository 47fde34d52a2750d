terraform {
  required_version = ">= 1.5"
}

provider "datadog" {
  dd_api_key = "37799dbbd9782b6ffc0e518e65d0fc64"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
