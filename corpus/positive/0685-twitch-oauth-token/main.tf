terraform {
  required_version = ">= 1.5"
}

provider "twitch" {
  twitch_oauth_token = "oauth:21jh1xg1whfmewa83ptk3re40o4doa"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
