terraform {
  required_version = ">= 1.5"
}

provider "non" {
  google_client_id = "102446873801-dennhqj3i8pacj3xmx71ucfz5fo11sgt.apps.googleusercontent.com"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
