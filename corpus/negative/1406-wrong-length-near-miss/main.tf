terraform {
  required_version = ">= 1.5"
}

provider "wrong" {
  openai_api_key = "sk-proj-w0drMr6TP6Dx"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
