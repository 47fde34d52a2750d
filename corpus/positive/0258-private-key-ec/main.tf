resource "kubernetes_secret" "tls" {
  metadata {
    name = "nimbus-tls"
  }
  data = {
    "tls.key" = <<EOT
-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIGEQdzqIFoIvT4quT1DB1qwQk3Kzl+81+Cx6TNp0Sa7zoAoGCCqGSM49
AwEHoUQDQgAEDAIO6XKBWOUkxliYgCcD7wDMyvMuLdzFfW1Yjxp7UTrQfA4UkjvV
8iGG23dBoau1meQ+rgCO50ndiWmL1VDPaw==
-----END EC PRIVATE KEY-----
EOT
  }
}
