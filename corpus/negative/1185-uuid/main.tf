terraform {
  required_version = ">= 1.5"
}

provider "uuid" {
  project_id = "f827db24-ee43-43a7-90e9-76491b8259a2"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
