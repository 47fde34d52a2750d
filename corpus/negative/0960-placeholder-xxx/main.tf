terraform {
  required_version = ">= 1.5"
}

provider "placeholder" {
  slack_bot_token = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
