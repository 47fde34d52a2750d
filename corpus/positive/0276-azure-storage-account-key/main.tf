terraform {
  required_version = ">= 1.5"
}

provider "azure" {
  azure_storage_account = "embery8u7c9gxzd"
  azure_storage_key = "Bog1RHk+OMGOISSYPA9IT+u8qRXMVTLLvxk+Iro/06NRM/VPYZjf4UjA8pHVXXRQWtsNzZQVWaG5U6fKOwTABg=="
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
