resource "google_secret_manager_secret_version" "sa" {
  secret      = google_secret_manager_secret.sa.id
  secret_data = <<-EOT
{
  "type": "service_account",
  "project_id": "raven-zephyr-218182",
  "private_key_id": "77e24dae6c7a715c4b2047f6c776d4d40955658d",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEwAIBADANBgkqhkiG9w0BAQEFAASCBKowggSmAgEAAoIBAQCI+PLbm0AAxb85\n+pJDDLoiHAAHf7Uq9qSStMHVz/ybUBFz1wfEB7VS4OACuFMlTazm2CuzSn50HkjO\nxfRtnuR/PmJPJa4HYlRLKbaRppD7FOgdJ/ZZTNrRzO4mPw/D3OEkvv30UNPqmq4U\nKWzUlh4E8fT4WS3+E9yB3YN+loc+A7Ln1MswSc4Rb72vUOjbjEXlCkGE4VinxZEm\nocMSki3IfxAwDDu1swjla65hbrXLpdo1RPdOqhe1fY4YBRZeXSp2BMrKgswJK3XF\n4/RgvWf6z3XXYxb1t86SEVG9Le59xZva6beguJK/JBlkYXfcdg+Tn/lYep2uNqpc\nSsN9GB64AgMBAAECggEBAMWLTRsEPmMUL0anm8dvE6bRSUAe4Bkl0bnslJIgJff2\nrVyxMndEtymfJRhI/fQmWEn+tK7946XaZUZQ/uTBIWOMVpG2E+dFh6SIdMmg6pFA\nx3NwDCXgFz/IeYhM+i2egI6D5Uv3+BUPLdsQXMaBLFJEAHYH/XKhJ6dhRc1u0umQ\nwWta64HEzzm/SvMD4onS44L/TZ54dtfbO+xbZxshwBMWiWas39YX9/hJPCeqevMc\nsmz3s8FTFnq8MrzYIdVMHOp52qPZXJMUd+av7w7sU3SuILpANtIGXeO/nKZWyo9S\nLU4kn4cGmPypB7dCYeOmmYsgP4uRPSlYbUvCh8MVgUcCgYEAri0ew+vVvtzcwQ4N\nN12jfdmVTX2McE1W9Up71g6Z4mGDEv1Atfqq1rKLaqnndI31IFsu0hdn+RvBwSY4\nDtoIxgekg6g5L3RsA+Yrl9Xv9e4OfWS97LJRjtUws9YImYvbqfxxcyY/5x9uFKQb\n7IwuXtYfyTCIhMKr4AMo9SrbG+4CgYEA0DXFHBZC5/RoSOHMr9Lcpp6ICgNgAcCz\nHPrKrJT3lKQ+TIVUG4L0vW108NNaELDBvBYMlIpyJqhUAHLPfta4c9idgrBWQdUK\ni9JbyFK7ZcfcEEvRfvhe4p5qxwyrb46JuRDqsb0Ck3Otui5WPWpQfnHYcSth/cdU\nooASFx+pZQ0CgYEA221ChrtAHPYKg2tYhRKVcfkCcy0wEtQI6hzDppT1Hk1LmvbP\nZUJH9S13b1ZEPjEdIcO2q5PNiEiXam5Mq72b85dN1wiwEFtb8qHWZMGHwFrCXAud\nApMDJsHpraiNbUO7DMXh5FkleUXnGJ/rMuD7C1YrEBH7kjn7mj95PoXMWwQCgYEA\nrNGKmTFd/QVHF8QocWAt1YUCsc8QJFKB4xymGM2rIqwNRhSn4rjv/5s9etjuX2xk\nf6yeWNrK0pQYoAKxk7ixTn3vC8F22LkZ+XLzNWM9mnBie6zFJ+YPj6llf6AEqCaq\nMUcuLmbJLZjzQTCA33nVDxlmRqyYVwAGYq+/tlhZJCACgYEA4qpbHEymbODoz4Ga\nElP3QpD4T0sgdABgy+am1ZbsrGkqMfvwtFLPpyRoayR0x882Cl9oUj83djDohUtP\n9neuKSXwpCrRHxQUNY7QSc+JUF2wIi3Hy9mo288wtYP684f3jqvH2k/vYenl3Qjg\nDhLzo9NC55EVDexnoLCuMrEbJ9E=\n-----END PRIVATE KEY-----\n",
  "client_email": "zephyr-sa@raven-zephyr-218182.iam.gserviceaccount.com",
  "client_id": "852110401877740544053",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/harbor-sa%40raven-zephyr-218182.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
  EOT
}
