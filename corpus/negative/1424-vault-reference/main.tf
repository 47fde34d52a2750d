terraform {
  required_version = ">= 1.5"
}

provider "vault" {
  client_secret = "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/client-secret/)"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
