resource "kubernetes_secret" "tls" {
  metadata {
    name = "atlas-tls"
  }
  data = {
    "tls.key" = <<EOT
-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIIrnZ5/1aQA7NkUKaLu6TLf8iQsK28T5LtBta4rOKVGuoAoGCCqGSM49
AwEHoUQDQgAEegtePTo04UL0g+NhLDBvzBh/5ROppxKJsYzSXe0HEoSW8f4mB/Kk
t4sZqzg5VkoAhtxZvPRY2BWFZWox5xkXHg==
-----END EC PRIVATE KEY-----
EOT
  }
}
