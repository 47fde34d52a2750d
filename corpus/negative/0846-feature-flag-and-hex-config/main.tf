terraform {
  required_version = ">= 1.5"
}

provider "feature" {
  theme_primary_color = "#a4462e"
  build_id = "d037b93622360c96ea0f"
  cache_buster = "wcyzdlfqkw"
  release = "vertex@9.7.3+257d690"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
