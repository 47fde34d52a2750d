terraform {
  required_version = ">= 1.5"
}

provider "django" {
  django_secret_key = "gjbhhoctu_d63w)(e0))a%sr19up1!0oriu%od^3*0^fe&nqp9"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
