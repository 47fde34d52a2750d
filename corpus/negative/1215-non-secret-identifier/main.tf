terraform {
  required_version = ">= 1.5"
}

provider "non" {
  stripe_price_id = "price_dbxwpk16uUF8w7WbZUl6ULhu"
  stripe_customer = "cus_r0I9zPaXnrqeAM"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
