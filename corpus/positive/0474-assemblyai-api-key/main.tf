terraform {
  required_version = ">= 1.5"
}

provider "assemblyai" {
  assemblyai_api_key = "641a82d7916cf52015feb6da3fa5c3d9"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
