terraform {
  required_version = ">= 1.5"
}

provider "launchdarkly" {
  launchdarkly_access_token = "api-0e03fbd2-ea9e-4eb1-ba42-ace7cf24a940"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
