terraform {
  required_version = ">= 1.5"
}

provider "razorpay" {
  razorpay_key_id = "rzp_live_VLhBPGoZaQsZ7S"
  razorpay_key_secret = "dg4Jlt0RA5UMDgQfjpBnDAgD"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
