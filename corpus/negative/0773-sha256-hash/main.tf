terraform {
  required_version = ">= 1.5"
}

provider "sha256" {
  image_digest = "sha256:c9c9dba96698f01da0bb8f04ff5173efd6a27e5e1ce2ad66f15b397b24ee2913"
  base_image = "node@sha256:462e39b61c5341c3c0dcff85bd377c05fa0cb9923d4ae77a15fd176604ddae61"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
