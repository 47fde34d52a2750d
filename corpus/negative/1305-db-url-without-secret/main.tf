terraform {
  required_version = ">= 1.5"
}

provider "db" {
  database_url = "amqp://guest:guest@localhost:5672/"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
