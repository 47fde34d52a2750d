terraform {
  required_version = ">= 1.5"
}

provider "anthropic" {
  anthropic_api_key = "sk-ant-api03-bg-nCcidoJj22SNqWQJP1dM7sUMeF1d5K8Y22ke9xZ8pNbOzvDLTK1rWxZO6TO7VEhc1oIIlHamJ3YrbqzCOrTr0CYlLnAA"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
