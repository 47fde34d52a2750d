terraform {
  required_version = ">= 1.5"
}

provider "non" {
  ga_measurement_id = "G-4MDSKA3XD5"
  gtm_id = "GTM-PV5C3IR"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
