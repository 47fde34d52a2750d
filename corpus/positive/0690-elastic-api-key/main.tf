terraform {
  required_version = ">= 1.5"
}

provider "elastic" {
  elastic_api_key = "aGo4c3dRb1NJV2hxTVZGam1ubUM6N2J5OHlqSnFlemhGd2RSUG0xOERjbg=="
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
