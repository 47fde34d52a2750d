terraform {
  required_version = ">= 1.5"
}

provider "sentry" {
  sentry_auth_token = "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"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
