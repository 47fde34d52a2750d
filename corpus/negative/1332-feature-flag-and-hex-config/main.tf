terraform {
  required_version = ">= 1.5"
}

provider "feature" {
  theme_primary_color = "#68200e"
  build_id = "174fe759cdf27974ee35"
  cache_buster = "1569apdtym"
  release = "pebble@6.2.8+099f638"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
