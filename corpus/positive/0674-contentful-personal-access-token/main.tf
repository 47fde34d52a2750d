terraform {
  required_version = ">= 1.5"
}

provider "contentful" {
  contentful_management_token = "CFPAT-YDbGa-VLUS__4UY_4tPQweHNwPNaxwGC2WGYAzRn4Zb"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
