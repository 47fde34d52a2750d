terraform {
  required_version = ">= 1.5"
}

provider "huggingface" {
  hf_token = "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"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
