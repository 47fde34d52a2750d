terraform {
  required_version = ">= 1.5"
}

provider "wrong" {
  github_token = "ghs_K2ybu1WTQ2mmEkZXsmEp5TQeB8yudyuZcVQl"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
