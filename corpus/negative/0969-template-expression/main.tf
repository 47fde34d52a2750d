terraform {
  required_version = ">= 1.5"
}

provider "template" {
  db_password = "${{ secrets.DB_PASSWORD }}"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
