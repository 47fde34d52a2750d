terraform {
  required_version = ">= 1.5"
}

provider "perplexity" {
  perplexity_api_key = "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"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
