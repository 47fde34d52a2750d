terraform {
  required_version = ">= 1.5"
}

provider "beamer" {
  beamer_api_key = "b_wT+FXzLCpuqvySOaJfWqBBm2jlyI65gNwiUhR49HtYnH"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
