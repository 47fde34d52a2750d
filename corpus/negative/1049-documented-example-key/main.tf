terraform {
  required_version = ">= 1.5"
}

provider "documented" {
  github_token = "ghp_EXAMPLEexampleEXAMPLEexampleEXAMPLEe"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
