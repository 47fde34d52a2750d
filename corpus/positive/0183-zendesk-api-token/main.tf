terraform {
  required_version = ">= 1.5"
}

provider "zendesk" {
  zendesk_api_token = "awSiCbeLd24gtLhCdPOwveOmwTHMqGmfAFRPzy7b"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
