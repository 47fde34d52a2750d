terraform {
  required_version = ">= 1.5"
}

provider "wrong" {
  github_token = "ghs_tJjs1ymRGQiqOqjlmzNLWyD1LunXMRq6N2Md"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
