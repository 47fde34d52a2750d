# frozen_string_literal: true

module AppConfig
  EC_PRIVATE_KEY = <<~KEY
-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIOSVsZs8YnmHH9bp/KVsBYXTIU7gRbEyR4oVlL2sUnKXoAoGCCqGSM49
AwEHoUQDQgAE0g204A+o5YSr0oWQXURZlf0Bv5+m02RMBshGMzFSCaezTMLqvO0k
wOeenfiATTaEBe6Snto/Y3x5+LDz+vtE8g==
-----END EC PRIVATE KEY-----
KEY
  PORT = '3000'
end
