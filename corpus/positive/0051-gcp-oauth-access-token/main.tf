terraform {
  required_version = ">= 1.5"
}

provider "gcp" {
  gcp_access_token = "ya29.a0uWROa4swH4tOzxQTunzVRHvc5RW2Cp1063ouXrJpjtJWrWr1-ojOFJbbCQHDSpBCfIGLsp5X4wl0YaAAX3rg5Xcz9jkMGGMOv6SAd09gv-bpNwoAxt8qMwKfO2wzG4EPw1Fm-Blcyy9sfJCR35LKrDpqaGPk4f1Sy8unk9B3Enj_dafcMr7F"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
