terraform {
  required_version = ">= 1.5"
}

provider "non" {
  azure_tenant_id = "2ef211d3-f9f8-4f7d-9925-657012dd1192"
  azure_subscription_id = "34479064-39a8-4423-91dd-e85890292310"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
