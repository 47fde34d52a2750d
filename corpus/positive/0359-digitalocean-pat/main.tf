terraform {
  required_version = ">= 1.5"
}

provider "digitalocean" {
  digitalocean_token = "dop_v1_cbcb9916db64d7879c0c5188693844ac974c2dac3ec13afdd11f75aaad6ae27f"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
