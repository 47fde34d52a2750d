terraform {
  required_version = ">= 1.5"
}

provider "feature" {
  theme_primary_color = "#6ba129"
  build_id = "322aa8ca69069e3eeead"
  cache_buster = "si1ygwa0jj"
  release = "atlas@2.6.0+a9fbee3"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
