resource "google_secret_manager_secret_version" "sa" {
  secret      = google_secret_manager_secret.sa.id
  secret_data = <<-EOT
{
  "type": "service_account",
  "project_id": "acme-acme-841439",
  "private_key_id": "a0a4959fe39df7c940ca95234b94714a25d30b52",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEwAIBADANBgkqhkiG9w0BAQEFAASCBKowggSmAgEAAoIBAQDcgd2DfpaHPgOy\n59TLMEnOEW+9r1Do24xF5QpBhOFYp8WRJqHDEpItyH8QMAw7tbMI5WuuYW61y6Xa\nNUT3TqoXtX2OGAUWXl0qdgTKyoLMCSt1xeP0YL1n+s9112MW9bfOkhFRvS3ufcWb\n2um3oLiSvyQZZGF33HYPk5/5WHqdrjaqXErDfRgeuMWLTRsEPmMUL0anm8dvE6bR\nSUAe4Bkl0bnslJIgJff2rVyxMndEtymfJRhI/fQmWEn+tK7946XaZUZQ/uTBIWOM\nVpG2E+dFh6SIdMmg6pFAx3NwDCXgFz/IeYhM+i2egI6D5Uv3+BUPLdsQXMaBLFJE\nAHYH/XKhAgMBAAECggEBAKenYUXNbtLpkMFrWuuBxM85v0rzA+KJ0uOC/02eeHbX\n2zvsW2cbIcATFolmrN/WF/f4STwnqnrzHLJs97PBUxZ6vDK82CHVTBzqedqj2VyT\nFHfmr+8O7FN0riC6QDbSBl3jv5ymVsqPUi1OJJ+HBpj8qQe3QmHjppmLID+LkT0p\nWG1LwofDFYFHri0ew+vVvtzcwQ4NN12jfdmVTX2McE1W9Up71g6Z4mGDEv1Atfqq\n1rKLaqnndI31IFsu0hdn+RvBwSY4DtoIxgekg6g5L3RsA+Yrl9Xv9e4OfWS97LJR\njtUws9YImYvbqfxxcyY/5x9uFKQb7IwuXtYfyTCIhMICgYEAq+ADKPUq2xvuUDXF\nHBZC5/RoSOHMr9Lcpp6ICgNgAcCzHPrKrJT3lKQ+TIVUG4L0vW108NNaELDBvBYM\nlIpyJqhUAHLPfta4c9idgrBWQdUKi9JbyFK7ZcfcEEvRfvhe4p5qxwyrb46JuRDq\nsb0Ck3Otui5WPWpQfnHYcSth/ccCgYEA1KKAEhcfqWUN221ChrtAHPYKg2tYhRKV\ncfkCcy0wEtQI6hzDppT1Hk1LmvbPZUJH9S13b1ZEPjEdIcO2q5PNiEiXam5Mq72b\n85dN1wiwEFtb8qHWZMGHwFrCXAudApMDJsHpraiNbUO7DMXh5FkleUXnGJ/rMuD7\nC1YrEBH7kjkCgYEA+5o/eT6FzFsErNGKmTFd/QVHF8QocWAt1YUCsc8QJFKB4xym\nGM2rIqwNRhSn4rjv/5s9etjuX2xkf6yeWNrK0pQYoAKxk7ixTn3vC8F22LkZ+XLz\nNWM9mnBie6zFJ+YPj6llf6AEqCaqMUcuLmbJLZjzQTCA33nVDxlmRqyYVwACgYEA\nhmKvv7ZYWSQgYqpbHEymbODoz4GaElP3QpD4T0sgdABgy+am1ZbsrGkqMfvwtFLP\npyRoayR0x882Cl9oUj83djDohUtP9neuKSXwpCrRHxQUNY7QSc+JUF2wIi3Hy9mo\n288wtYP684f3jqvH2k/vYenl3QjgDhLzo9NC55EVDewCgYEA56CwrjKxGyfR1VeJ\nzqi1VOK6KhzKwcsaAEYNGenZ2LCLebp0cNhI5wVcTkettbgFVDRMb0rUKal1+DhO\n0ymgEe7QkDLQfpBYzX2lbFrApkQWZcY1bUXVMoWcL0ZGqeEEHNIggmYyWq28YeGj\nhF5gHpD6NJ7MUGOi735vyilaTYI=\n-----END PRIVATE KEY-----\n",
  "client_email": "orbit-sa@acme-acme-841439.iam.gserviceaccount.com",
  "client_id": "749029544564417387425",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/vertex-sa%40acme-acme-841439.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
  EOT
}
