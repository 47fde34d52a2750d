terraform {
  required_version = ">= 1.5"
}

provider "sha256" {
  artifact_sha256 = "d8554d7b8f86b1eb866ec8d12fbaf2ebc7d392200bacf52f556f9cee56a8e535"
  content_hash = "ef13b102bcbba556deac7132fd729bb754ec75bc3c34190b06ccc3c092d01018"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
