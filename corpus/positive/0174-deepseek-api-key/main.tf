terraform {
  required_version = ">= 1.5"
}

provider "deepseek" {
  deepseek_api_key = "sk-26823995d474c350875ac2fe18a5e51b"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
